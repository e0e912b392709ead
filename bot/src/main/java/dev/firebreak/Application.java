package dev.firebreak;

import dev.firebreak.logs.LogsCommand;
import dev.firebreak.runbook.RunbooksCommand;
import io.micronaut.runtime.Micronaut;
import java.util.Arrays;
import java.util.List;

/** Starts the bot, or runs a one-off command ({@code logs mine FILE ...}, {@code runbooks lint [DIR]}) and exits. */
public final class Application {
    private Application() {}

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("logs")) {
            List<String> rest = Arrays.asList(args).subList(1, args.length);
            System.exit(LogsCommand.run(rest, System.out, System.err));
        }
        if (args.length > 0 && args[0].equals("runbooks")) {
            List<String> rest = Arrays.asList(args).subList(1, args.length);
            System.exit(RunbooksCommand.run(rest, System.out, System.err));
        }
        Micronaut.build(args).banner(false).mainClass(Application.class).start();
    }
}
