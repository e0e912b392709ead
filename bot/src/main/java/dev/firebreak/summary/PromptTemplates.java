package dev.firebreak.summary;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.core.annotation.Nullable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The versioned prompt templates from {@code prompts/} (FIREBREAK_PROMPTS_DIR), loaded and checked at start so a
 * broken template is a failed deploy, not a failed summary mid-incident.
 */
@Context
public class PromptTemplates {
    public static final String SUMMARY = "summary.v1.txt";
    public static final String POSTMORTEM = "postmortem.v1.txt";
    private static final java.util.regex.Pattern PLACEHOLDER = java.util.regex.Pattern.compile("\\{\\{(incident|evidence)}}");
    private static final List<String> SUMMARY_PLACEHOLDERS = List.of("{{incident}}", "{{evidence}}");

    @ConfigurationProperties("firebreak.prompts")
    public record Settings(@Nullable String dir) {}

    private static final Logger LOG = LoggerFactory.getLogger(PromptTemplates.class);
    private final String summary;
    private final String postmortem;

    public PromptTemplates(Settings settings) {
        boolean configured = settings.dir() != null && !settings.dir().isBlank();
        Path dir = Path.of(configured ? settings.dir() : "prompts");
        if (!configured && !Files.isDirectory(dir)) {
            LOG.warn("No prompts directory at {}: summaries stay deterministic (set FIREBREAK_PROMPTS_DIR)", dir.toAbsolutePath());
            this.summary = null;
            this.postmortem = null;
        } else {
            this.summary = load(dir.resolve(SUMMARY), SUMMARY_PLACEHOLDERS);
            this.postmortem = load(dir.resolve(POSTMORTEM), SUMMARY_PLACEHOLDERS);
        }
    }

    public boolean available() {
        return summary != null;
    }

    /** The summary prompt for this incident and evidence. */
    public String summary(String incident, String evidence) {
        return fill(summary, incident, evidence);
    }

    /** The postmortem prompt for this incident and its recorded evidence (timeline, diagnostics, summaries). */
    public String postmortem(String incident, String evidence) {
        return fill(postmortem, incident, evidence);
    }

    /**
     * One pass over the template: what is put in is never searched again, so an incident titled {@code {{evidence}}}
     * stays a title instead of pulling the evidence (or anything else) into the prompt a second time.
     */
    private static String fill(String template, String incident, String evidence) {
        java.util.regex.Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder(template.length() + incident.length() + evidence.length());
        while (m.find()) {
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement("incident".equals(m.group(1)) ? incident : evidence));
        }
        return m.appendTail(out).toString();
    }

    private static String load(Path file, List<String> placeholders) {
        String text;
        try {
            text = Files.readAllLines(file).stream().filter(l -> !l.startsWith("#")).collect(Collectors.joining("\n")).strip();
        } catch (IOException e) {
            throw new ConfigurationException("Prompt template " + file.toAbsolutePath() + " cannot be read: " + e.getMessage(), e);
        }
        for (String p : placeholders) {
            if (!text.contains(p)) {
                throw new ConfigurationException("Prompt template " + file + " lacks the placeholder " + p);
            }
        }
        return text;
    }
}
