package dev.firebreak;

import dev.firebreak.demo.DemoCommand;
import dev.firebreak.logs.LogsCommand;
import dev.firebreak.runbook.RunbooksCommand;
import dev.firebreak.startup.Cli;
import io.micronaut.runtime.Micronaut;
import java.util.Map;

/**
 * Starts the bot, or runs a one-off command ({@code logs mine FILE ...}, {@code runbooks lint [DIR]}, {@code demo})
 * and exits.
 */
public final class Application {
    private Application() {}

    public static void main(String[] args) {
        Cli cli = new Cli(Map.of(
                "demo", DemoCommand::run,
                "logs", LogsCommand::run,
                "runbooks", RunbooksCommand::run));
        Cli.Outcome outcome = cli.decide(args, System.getenv(), System.out, System.err);
        if (outcome instanceof Cli.Exit exit) {
            System.exit(exit.code());
        }
        String[] micronautArgs = ((Cli.Serve) outcome).micronautArgs();
        Micronaut.build(micronautArgs)
                .banner(false)
                .mainClass(Application.class)
                .start();
    }
}
