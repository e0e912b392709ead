package dev.firebreak.logs;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * CLI {@code logs mine FILE [--assignments OUT.csv] [--incident-from-line N] [--top N]}: mines FILE as one batch
 * ({@link BatchTemplateMiner}, default configuration), prints ranked templates and optionally writes the per-line
 * template assignments.
 * Exit codes: 0 done, 1 I/O failure (e.g. missing file), 2 usage error.
 */
public final class LogsCommand {
    static final String USAGE = "usage: logs mine FILE [--assignments OUT.csv] [--incident-from-line N] [--top N]";

    private LogsCommand() {}

    public static int run(List<String> args, PrintStream out, PrintStream err) {
        Options opts;
        try {
            opts = Options.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("logs: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        if (!Files.isRegularFile(opts.file)) {
            err.println("logs mine: no such file: " + opts.file);
            return 1;
        }
        IncidentWindow window =
                opts.incidentFromLine > 0 ? IncidentWindow.fromLine(opts.incidentFromLine) : IncidentWindow.NONE;
        BatchTemplateMiner miner = new BatchTemplateMiner(BatchTemplateMiner.DEFAULT_SPLIT_VALUES, window);
        // logs are not always valid UTF-8; a bad byte must not abort mining, so it is replaced
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(opts.file), decoder))) {
            // the first lines decide whether the file has headers, so every line is cut the same way
            List<String> first = new ArrayList<>();
            String line = in.readLine();
            for (; line != null && first.size() < HeaderProfile.SAMPLE_LINES; line = in.readLine()) first.add(line);
            miner.learnHeaders(first);
            for (String l : first) miner.add(l);
            for (; line != null; line = in.readLine()) miner.add(line);
        } catch (NoSuchFileException e) {
            err.println("logs mine: no such file: " + opts.file);
            return 1;
        } catch (IOException e) {
            err.println("logs mine: cannot read " + opts.file + ": " + e.getMessage());
            return 1;
        }
        MinedBatch mined = miner.finish();
        printRanking(mined, window.isPresent(), opts.top, out);
        if (opts.assignments != null) {
            try (Writer w = new BufferedWriter(Files.newBufferedWriter(opts.assignments, StandardCharsets.UTF_8))) {
                AssignmentsCsv.write(w, mined);
            } catch (IOException e) {
                err.println("logs mine: cannot write " + opts.assignments + ": " + e.getMessage());
                return 1;
            }
            out.println("assignments: " + mined.lineCount() + " lines written to " + opts.assignments);
        }
        return 0;
    }

    private static void printRanking(MinedBatch mined, boolean window, int top, PrintStream out) {
        List<RankedTemplate> ranked = mined.ranked();
        out.printf(
                "%d lines, %d templates%n", mined.lineCount(), mined.templates().size());
        out.println(window ? "count\twindow\tid\tlevel\twhy\ttemplate" : "count\tid\tlevel\ttemplate");
        int shown = 0;
        for (RankedTemplate r : ranked) {
            if (top > 0 && shown++ >= top) break;
            LogTemplate t = r.template();
            if (window) {
                out.printf(
                        "%d\t%d\t%d\t%s\t%s\t%s%n",
                        t.count(),
                        t.windowCount(),
                        t.id(),
                        t.level(),
                        r.reasons().isEmpty() ? "-" : String.join(",", r.reasons()),
                        t.template());
            } else {
                out.printf("%d\t%d\t%s\t%s%n", t.count(), t.id(), t.level(), t.template());
            }
        }
    }

    /** Parsed arguments; every malformed input throws IllegalArgumentException with the message to show. */
    static final class Options {
        Path file;
        Path assignments;
        long incidentFromLine;
        int top;

        static Options parse(List<String> args) {
            if (args.isEmpty()) throw new IllegalArgumentException("missing subcommand");
            if (!args.get(0).equals("mine")) throw new IllegalArgumentException("unknown subcommand: " + args.get(0));
            Options o = new Options();
            for (int i = 1; i < args.size(); i++) {
                String a = args.get(i);
                switch (a) {
                    case "--assignments":
                        o.assignments = Path.of(value(args, ++i, a));
                        break;
                    case "--incident-from-line":
                        o.incidentFromLine = positive(value(args, ++i, a), a);
                        break;
                    case "--top":
                        o.top = (int) Math.min(Integer.MAX_VALUE, positive(value(args, ++i, a), a));
                        break;
                    default:
                        if (a.startsWith("--")) throw new IllegalArgumentException("unknown option: " + a);
                        if (o.file != null) throw new IllegalArgumentException("more than one FILE: " + a);
                        o.file = Path.of(a);
                }
            }
            if (o.file == null) throw new IllegalArgumentException("missing FILE");
            return o;
        }

        private static String value(List<String> args, int i, String option) {
            if (i >= args.size()) throw new IllegalArgumentException(option + " needs a value");
            return args.get(i);
        }

        private static long positive(String s, String option) {
            try {
                long v = Long.parseLong(s);
                if (v > 0) return v;
            } catch (NumberFormatException e) {
                // reported below with the option name
            }
            throw new IllegalArgumentException(option + " needs a positive whole number, got: " + s);
        }
    }
}
