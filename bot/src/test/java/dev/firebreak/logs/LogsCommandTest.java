package dev.firebreak.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LogsCommandTest {
    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
    private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    private int run(String... args) {
        return LogsCommand.run(List.of(args), out, err);
    }

    private String err() {
        return errBytes.toString(StandardCharsets.UTF_8);
    }

    private String out() {
        return outBytes.toString(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "grep",
                "mine",
                "mine a.log b.log",
                "mine a.log --assignments",
                "mine a.log --frobnicate",
                "mine a.log --top zero",
                "mine a.log --incident-from-line -3"
            })
    void usageErrorsReturnTwoAndExplain(String line) {
        String[] args = line.isEmpty() ? new String[0] : line.split(" ");
        assertEquals(2, run(args));
        assertTrue(err().contains("usage: logs mine FILE"), err());
        assertEquals("", out());
    }

    @Test
    void missingFileReturnsOneWithClearMessage() {
        Path missing = dir.resolve("nope.log");
        assertEquals(1, run("mine", missing.toString()));
        assertEquals("logs mine: no such file: " + missing + System.lineSeparator(), err());
    }

    @Test
    void minesPrintsRankingAndWritesAssignments() throws IOException {
        Path log = dir.resolve("app.log");
        Files.write(
                log,
                List.of(
                        "2024-03-01 10:00:00,001 INFO [main] app.Web: request 1 served, 12 ms",
                        "2024-03-01 10:00:00,002 INFO [main] app.Web: request 2 served, 7 ms",
                        "2024-03-01 10:00:01,000 ERROR [main] app.Db: connection to 10.0.0.5 refused",
                        "2024-03-01 10:00:02,003 INFO [main] app.Web: request 3 served, 9 ms"));
        Path csv = dir.resolve("out.csv");
        assertEquals(0, run("mine", log.toString(), "--assignments", csv.toString()));
        String[] printed = out().split("\\R");
        assertEquals("4 lines, 2 templates", printed[0]);
        assertEquals("count\tid\tlevel\ttemplate", printed[1]);
        assertEquals("1\t2\tERROR\tconnection to <*> refused", printed[2]);
        assertEquals("3\t1\tOTHER\trequest <*> served, <*> ms", printed[3]);
        assertEquals(
                List.of(
                        "line,template_id,template",
                        "1,1,\"request <*> served, <*> ms\"",
                        "2,1,\"request <*> served, <*> ms\"",
                        "3,2,connection to <*> refused",
                        "4,1,\"request <*> served, <*> ms\""),
                Files.readAllLines(csv));
        assertEquals("", err());
    }

    @Test
    void incidentWindowAddsReasonsColumn() throws IOException {
        Path log = dir.resolve("w.log");
        Files.write(log, List.of("tick 1 ok", "tick 2 ok", "tick 3 ok", "disk quota exceeded on vol7", "tick 4 ok"));
        assertEquals(0, run("mine", log.toString(), "--incident-from-line", "4", "--top", "1"));
        String[] printed = out().split("\\R");
        assertEquals("count\twindow\tid\tlevel\twhy\ttemplate", printed[1]);
        assertEquals("1\t1\t2\tOTHER\tnew\tdisk quota exceeded on <*>", printed[2]);
        assertEquals(3, printed.length);
    }

    @Test
    void fileWithoutHeadersKeepsALeadingHostPortAsOneVariable() throws IOException {
        Path log = dir.resolve("proxy.log");
        Files.write(
                log,
                List.of(
                        "10.0.0.5:443 open through proxy alpha",
                        "node7.example.org:8443 open through proxy bravo",
                        "10.0.3.9:80 open through proxy charlie",
                        "edge.example.org:443 open through proxy delta",
                        "10.0.0.5:443 closed by peer"));
        assertEquals(0, run("mine", log.toString()));
        String[] printed = out().split("\\R");
        assertEquals("5 lines, 2 templates", printed[0]);
        assertEquals("4\t1\tOTHER\t<*> open through proxy <*>", printed[2]);
        assertEquals("1\t2\tOTHER\t<*> closed by peer", printed[3]);
    }
}
