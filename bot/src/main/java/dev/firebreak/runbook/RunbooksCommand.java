package dev.firebreak.runbook;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * CLI {@code runbooks lint [DIR]} (DIR defaults to {@code runbooks}): validates every runbook exactly as startup does.
 * Exit codes: 0 all valid, 1 errors (each printed as {@code file:line:col: reason}), 2 usage error.
 */
public final class RunbooksCommand {
    static final String USAGE = "usage: runbooks lint [DIR]";

    private RunbooksCommand() { }

    public static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty() || !args.get(0).equals("lint") || args.size() > 2
                || (args.size() == 2 && args.get(1).startsWith("-"))) {
            err.println(USAGE);
            return 2;
        }
        Path dir = Path.of(args.size() == 2 ? args.get(1) : "runbooks");
        try {
            RunbookCatalog catalog = RunbookCatalog.load(dir);
            out.println("OK: " + catalog.size() + " runbook" + (catalog.size() == 1 ? "" : "s"));
            return 0;
        } catch (RunbookValidationException e) {
            e.errors().forEach(err::println);
            err.println(e.errors().size() + " error" + (e.errors().size() == 1 ? "" : "s"));
            return 1;
        }
    }
}
