package dev.firebreak.slack.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.firebreak.command.IncidentCommand;
import io.micronaut.context.exceptions.ConfigurationException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommandHandlersTest {

    /** Every handler the app has, without their dependencies: only their types matter here. */
    private static List<CommandHandler<?>> oneEach() {
        List<CommandHandler<?>> all = new ArrayList<>();
        for (Class<?> type : IncidentCommand.class.getPermittedSubclasses()) {
            all.add(handlerOf(type.asSubclass(IncidentCommand.class)));
        }
        return all;
    }

    private static <C extends IncidentCommand> CommandHandler<C> handlerOf(Class<C> type) {
        return new CommandHandler<>() {
            @Override
            public Class<C> type() {
                return type;
            }

            @Override
            public String handle(C command, CommandCall call) {
                return type.getSimpleName();
            }
        };
    }

    @Test
    void eachCommandGoesToTheHandlerOfItsType() {
        CommandHandlers handlers = new CommandHandlers(oneEach());

        assertThat(handlers.of(new IncidentCommand.Resolve()).handle(new IncidentCommand.Resolve(), null))
                .isEqualTo("Resolve");
        assertThat(handlers.of(new IncidentCommand.Note("x")).type()).isEqualTo(IncidentCommand.Note.class);
    }

    @Test
    void aCommandWithoutAHandlerStopsTheStartNamingIt() {
        List<CommandHandler<?>> withoutResolve = new ArrayList<>(oneEach());
        withoutResolve.removeIf(h -> h.type() == IncidentCommand.Resolve.class);

        assertThatThrownBy(() -> new CommandHandlers(withoutResolve))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("[Resolve]");
    }

    @Test
    void twoHandlersForOneCommandStopTheStart() {
        List<CommandHandler<?>> twice = new ArrayList<>(oneEach());
        twice.add(handlerOf(IncidentCommand.Resolve.class));

        assertThatThrownBy(() -> new CommandHandlers(twice)).hasMessageContaining("Two handlers for /incident Resolve");
    }
}
