package dev.firebreak.runbook;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.Node;

/** Collects validation errors of one file, each at a line and column, as {@code file:line:col: reason}. */
final class Problems {
    private record Problem(int line, int column, String reason) { }

    private final String file;
    private final List<Problem> problems = new ArrayList<>();

    Problems(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    void at(Node node, String reason) {
        at(node == null ? null : node.getStartMark(), reason);
    }

    void at(Mark mark, String reason) {
        // SnakeYAML marks are 0-based; editors and compilers count from 1
        int line = mark == null ? 1 : mark.getLine() + 1;
        int column = mark == null ? 1 : mark.getColumn() + 1;
        problems.add(new Problem(line, column, reason));
    }

    int count() {
        return problems.size();
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    /** The errors in file order. */
    List<String> lines() {
        return problems.stream()
                .sorted(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column))
                .map(p -> file + ":" + p.line() + ":" + p.column() + ": " + p.reason())
                .toList();
    }
}
