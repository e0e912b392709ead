package dev.firebreak.ops;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.MDC;

/** The shipped logback.xml: FIREBREAK_LOG_FORMAT=json gives one JSON object a line, with the MDC in it. */
class LogFormatTest {

    @Test
    void jsonFormatWritesOneObjectPerLineWithTheIncidentAndJob() throws Exception {
        List<String> lines = logWith("json", log -> {
            MDC.put("incident_id", "42");
            MDC.put("job_id", "open-incident-channel/incident-42");
            try {
                log.info("Opened channel {}", "inc-20261207-db-down");
                log.warn("Second line\nwith a newline inside");
            } finally {
                MDC.clear();
            }
            log.info("No context");
        });

        assertThat(lines).as("%s", lines).hasSize(3);
        ObjectMapper json = new ObjectMapper();
        JsonNode first = json.readTree(lines.get(0));
        assertThat(first.get("level")).as(lines.get(0)).isNotNull();
        assertThat(first.get("level").asText()).isEqualTo("INFO");
        assertThat(first.get("loggerName").asText()).isEqualTo("firebreak.test");
        assertThat(first.get("formattedMessage").asText()).isEqualTo("Opened channel inc-20261207-db-down");
        assertThat(first.get("mdc").get("incident_id").asText()).isEqualTo("42");
        assertThat(first.get("mdc").get("job_id").asText()).isEqualTo("open-incident-channel/incident-42");
        assertThat(json.readTree(lines.get(1)).get("formattedMessage").asText()).isEqualTo("Second line\nwith a newline inside");
        assertThat(json.readTree(lines.get(2)).path("mdc").path("incident_id").isMissingNode()).isTrue();
    }

    @Test
    void textFormatIsTheDefault() throws Exception {
        List<String> lines = logWith(null, log -> log.info("Plain {}", "text"));

        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).endsWith("INFO  firebreak.test - Plain text").doesNotStartWith("{");
    }

    private static List<String> logWith(String format, java.util.function.Consumer<Logger> logging) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(MDC.getMDCAdapter());
        try {
            if (format != null) context.putProperty("FIREBREAK_LOG_FORMAT", format);
            JoranConfigurator configurator = new JoranConfigurator();
            configurator.setContext(context);
            configurator.doConfigure(LogFormatTest.class.getResource("/logback.xml"));
            logging.accept(context.getLogger("firebreak.test"));
        } finally {
            context.stop();
            System.setOut(original);
        }
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }
}
