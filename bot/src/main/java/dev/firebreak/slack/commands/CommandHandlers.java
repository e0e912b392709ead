package dev.firebreak.slack.commands;

import dev.firebreak.command.IncidentCommand;
import io.micronaut.context.exceptions.ConfigurationException;
import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Finds the handler of a command by its type. Every command type must have exactly one handler: a command added
 * without one stops the start, naming it, instead of failing the first person who types it.
 */
@Singleton
public class CommandHandlers {
    private final Map<Class<?>, CommandHandler<?>> byType = new HashMap<>();

    public CommandHandlers(List<CommandHandler<?>> handlers) {
        for (CommandHandler<?> h : handlers) {
            CommandHandler<?> other = byType.put(h.type(), h);
            if (other != null) {
                throw new ConfigurationException("Two handlers for /incident "
                        + h.type().getSimpleName() + ": " + other.getClass().getSimpleName() + " and "
                        + h.getClass().getSimpleName());
            }
        }
        List<String> missing = Arrays.stream(IncidentCommand.class.getPermittedSubclasses())
                .filter(type -> !byType.containsKey(type))
                .map(Class::getSimpleName)
                .sorted()
                .collect(Collectors.toList());
        if (!missing.isEmpty()) {
            throw new ConfigurationException("No handler for /incident command(s) " + missing);
        }
    }

    @SuppressWarnings("unchecked")
    public <C extends IncidentCommand> CommandHandler<C> of(C command) {
        return (CommandHandler<C>) byType.get(command.getClass());
    }
}
