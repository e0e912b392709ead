package dev.firebreak.integrations.kubernetes;

import dev.firebreak.integrations.redaction.RedactionEngine;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;

/**
 * Masks credentials in free text (log lines, event messages, annotations) before it leaves Firebreak: the bean every
 * outbound path uses, on {@link RedactionEngine}'s shipped rule set (see the {@code integrations/redaction} module
 * for the rules and why redaction runs in linear time). The secret part becomes {@value #MASK}; key names, URL
 * schemes, users and hosts stay so a line remains readable. Thread-safe.
 */
@Singleton
public final class Redactor {
    public static final String MASK = RedactionEngine.MASK;

    private final RedactionEngine engine = RedactionEngine.standard();

    /** Masks secrets in one piece of text, which may span several lines (a PEM block inside it is masked whole). */
    public String redact(String text) {
        return engine.redact(text);
    }

    /** As {@link #redact(String)} within a time budget: text not checked in time is withheld, never passed on. */
    public String redact(String text, Duration budget) {
        return engine.redact(text, budget);
    }

    /**
     * Masks each line; a private key split over lines (as in a log) is masked from its BEGIN line to its END line,
     * and a key body whose BEGIN line was cut off is masked back from its END line.
     */
    public List<String> redactLines(List<String> lines) {
        return engine.redactLines(lines);
    }

    /** As {@link #redactLines(List)} within a time budget: lines not checked in time are withheld, never passed on. */
    public List<String> redactLines(List<String> lines, Duration budget) {
        return engine.redactLines(lines, budget);
    }
}
