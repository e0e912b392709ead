package dev.firebreak.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CliTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Cli cli = new Cli(Map.of("logs", (args, o, e) -> {
        o.println("mined " + args);
        return 0;
    }));

    private Cli.Outcome run(Map<String, String> env, String... args) {
        return cli.decide(
                args,
                env,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void helpListsTheCommandsAndExitsInsteadOfServing() {
        for (String flag : List.of("--help", "help", "-h")) {
            out.reset();
            assertThat(run(Map.of(), flag)).isEqualTo(new Cli.Exit(0));
            assertThat(out()).contains("serve", "demo", "runbooks lint", "logs mine", "--version", "FIREBREAK_DB_URL");
        }
    }

    @Test
    void versionPrintsTheBuiltVersion() {
        assertThat(run(Map.of(), "--version")).isEqualTo(new Cli.Exit(0));
        assertThat(out()).startsWith("firebreak ").doesNotContain("${");
    }

    @Test
    void anUnknownCommandIsRefusedWithAnExitCode() {
        assertThat(run(Map.of(), "srve")).isEqualTo(new Cli.Exit(2));
        assertThat(err()).contains("unknown command 'srve'", "--help");
    }

    @Test
    void knownCommandsGetTheirArguments() {
        assertThat(run(Map.of(), "logs", "mine", "app.log")).isEqualTo(new Cli.Exit(0));
        assertThat(out()).contains("mined [mine, app.log]");
    }

    @Test
    void noArgumentsAndMicronautPropertiesServe() {
        assertThat(run(Map.of())).isInstanceOf(Cli.Serve.class);
        Cli.Outcome withProperty = run(Map.of(), "--micronaut.server.port=9090");
        assertThat(withProperty).isInstanceOf(Cli.Serve.class);
        assertThat(((Cli.Serve) withProperty).micronautArgs()).containsExactly("--micronaut.server.port=9090");
    }

    @Test
    void aBrokenSettingStopsTheStartWithOneLine() {
        assertThat(run(Map.of("FIREBREAK_DB_URL", "jdbc:h2:mem:x;MODE=MySQL"), "serve"))
                .isEqualTo(new Cli.Exit(2));
        assertThat(err())
                .startsWith("firebreak: cannot start: FIREBREAK_DB_URL sets MODE=MySQL")
                .hasLineCount(1);
    }
}
