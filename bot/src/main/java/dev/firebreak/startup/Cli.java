package dev.firebreak.startup;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Arrays;

/**
 * The jar's command line: which command runs, help and version. Serving is the default; anything the jar does not
 * know is refused instead of silently starting a server.
 */
public final class Cli {
    /** A one-off command: arguments after its name in, exit code out. */
    public interface Command {
        int run(List<String> args, PrintStream out, PrintStream err);
    }

    /** What {@code main} should do. */
    public sealed interface Outcome permits Serve, Exit {}

    /** Start the server with these Micronaut arguments ({@code --name=value} properties). */
    public record Serve(String[] micronautArgs) implements Outcome {}

    /** Stop with this exit code; everything to say has been printed. */
    public record Exit(int code) implements Outcome {}

    private final Map<String, Command> commands;

    /** {@code commands}: one-off commands by name (for example {@code logs}, {@code runbooks}). */
    public Cli(Map<String, Command> commands) {
        this.commands = commands;
    }

    public Outcome decide(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        String first = args.length == 0 ? "serve" : args[0];
        if (first.startsWith("--") && first.contains("=")) {
            first = "serve"; // Micronaut's own --property=value arguments
        }
        switch (first) {
            case "--help", "-h", "help" -> {
                out.print(HelpText.TEXT);
                return new Exit(0);
            }
            case "--version", "version" -> {
                out.println("firebreak " + Version.current());
                return new Exit(0);
            }
            case "serve" -> {
                try {
                    SettingsCheck.check(env);
                } catch (InvalidSettingException e) {
                    err.println("firebreak: cannot start: " + e.getMessage());
                    return new Exit(2);
                }
                String[] rest = args.length > 0 && args[0].equals("serve")
                        ? Arrays.copyOfRange(args, 1, args.length) : args;
                return new Serve(rest);
            }
            default -> {
                Command command = commands.get(first);
                if (command == null) {
                    err.println("firebreak: unknown command '" + first + "'; run with --help for the commands");
                    return new Exit(2);
                }
                return new Exit(command.run(List.of(args).subList(1, args.length), out, err));
            }
        }
    }
}
