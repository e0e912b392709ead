package dev.firebreak.runbook;

import static dev.firebreak.runbook.RunbookFixtures.VALID;
import static dev.firebreak.runbook.RunbookFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunbookCatalogTest {
    @TempDir
    Path dir;

    @Test
    void loadsAValidRunbookIntoTheModel() throws Exception {
        Runbook r = RunbookFixtures.loadOne(dir, "demo", VALID);
        assertThat(r.title()).isEqualTo("Demo");
        assertThat(r.clusters()).containsExactly("*");
        assertThat(r.allowed()).isEqualTo(Audience.EVERYONE);
        assertThat(r.approvers().isNobody()).isTrue();
        assertThat(r.parameter("namespace").orElseThrow().fromLabel()).isEqualTo("namespace");
        assertThat(r.step("events").orElseThrow().args()).containsEntry("since", "1h");
        assertThat(r.step("events").orElseThrow().dependsOn()).containsExactly("pods");
        assertThat(r.source()).isEqualTo(dir.resolve("demo.yaml").toString());
    }

    @Test
    void listsEveryErrorOfEveryFileOnePerLine() {
        write(dir, "demo.yaml", VALID.replace("action: events", "action: log"));
        write(dir, "other.yaml", VALID.replace("id: demo", "id: other").replace("title: Demo", "titel: Demo"));
        assertThatThrownBy(() -> RunbookCatalog.load(dir)).isInstanceOfSatisfying(RunbookValidationException.class,
                e -> {
                    assertThat(e.errors()).hasSize(3);
                    assertThat(e.getMessage().split("\n")).containsExactly(
                            dir.resolve("demo.yaml") + ":20:13: step \"events\": action \"log\" is unknown"
                                    + " (did you mean \"logs\"?)",
                            dir.resolve("other.yaml") + ":1:1: missing required key \"title\"",
                            dir.resolve("other.yaml") + ":2:1: unknown key \"titel\" (did you mean \"title\"?);"
                                    + " known keys: id, title, description, clusters, allowed, approvers, parameters,"
                                    + " steps");
                });
    }

    @Test
    void refusesYmlFilesEmptyFilesAndEmptyOrMissingDirectories() throws Exception {
        assertThatThrownBy(() -> RunbookCatalog.load(dir)).hasMessageContaining("no runbooks");
        assertThatThrownBy(() -> RunbookCatalog.load(dir.resolve("nope"))).hasMessageContaining("not a directory");
        write(dir, "demo.yml", VALID);
        write(dir, "empty.yaml", "");
        write(dir, "README.md", "not a runbook");
        assertThatThrownBy(() -> RunbookCatalog.load(dir)).hasMessage(
                dir.resolve("demo.yml") + ":1:1: runbook files use the .yaml extension\n"
                        + dir.resolve("empty.yaml") + ":1:1: the file is empty");
    }

    @Test
    void refusesFilesThatAreNotUtf8() throws Exception {
        Files.write(dir.resolve("demo.yaml"), new byte[] {'i', 'd', ':', ' ', (byte) 0xC3, (byte) 0x28});
        assertThatThrownBy(() -> RunbookCatalog.load(dir)).hasMessageContaining("demo.yaml:1:1: not valid UTF-8");
    }

    @Test
    void closestSuggestsNearIdsNearestFirst() throws Exception {
        RunbookCatalog shipped = RunbookCatalog.load(ShippedRunbooksTest.SHIPPED);
        assertThat(shipped.closest("crashlop", 3)).first().isEqualTo("crashloop");
        assertThat(shipped.closest("rollot", 3)).first().isEqualTo("rollout");
        assertThat(shipped.closest("pod", 2)).containsExactly("pending-pods", "oom");
        assertThat(shipped.closest("node", 3)).first().isEqualTo("node-pressure");
        assertThat(shipped.closest("zzzzzzzz", 3)).isEmpty();
        assertThat(shipped.closest("crashlop", 0)).isEmpty();
    }

    @Test
    void levenshteinDistance() {
        assertThat(Levenshtein.distance("", "abc")).isEqualTo(3);
        assertThat(Levenshtein.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(Levenshtein.distance("logs", "logs")).isZero();
        assertThat(Levenshtein.distance("log", "logs")).isEqualTo(1);
    }
}
