package dev.firebreak.runbook;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes runbook files into a directory and loads them, for tests of the loader. */
final class RunbookFixtures {
    /** A valid runbook; tests replace parts of it to make it invalid. */
    static final String VALID = String.join("\n",
            "id: demo",
            "title: Demo",
            "description: A small valid runbook.",
            "clusters: [\"*\"]",
            "parameters:",
            "  - name: namespace",
            "    type: namespace",
            "    required: true",
            "    fromLabel: namespace",
            "  - name: deployment",
            "    type: deployment",
            "    fromLabel: deployment",
            "steps:",
            "  - id: pods",
            "    title: Pods",
            "    action: pods",
            "    args: { namespace: \"${namespace}\", deployment: \"${deployment}\" }",
            "  - id: events",
            "    title: Events",
            "    action: events",
            "    args: { namespace: \"${namespace}\", since: 1h }",
            "    dependsOn: [pods]",
            "");

    private RunbookFixtures() { }

    static Path write(Path dir, String fileName, String yaml) {
        try {
            return Files.writeString(dir.resolve(fileName), yaml, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Runbook loadOne(Path dir, String id, String yaml) throws RunbookValidationException {
        write(dir, id + ".yaml", yaml);
        return RunbookCatalog.load(dir).find(id).orElseThrow();
    }

    /** The errors of loading {@code yaml} as {@code demo.yaml}; fails when it loads. */
    static List<String> errorsOf(Path dir, String yaml) {
        write(dir, "demo.yaml", yaml);
        RunbookValidationException[] caught = new RunbookValidationException[1];
        assertThatThrownBy(() -> RunbookCatalog.load(dir)).isInstanceOfSatisfying(RunbookValidationException.class,
                e -> caught[0] = e);
        return caught[0].errors();
    }
}
