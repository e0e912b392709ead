package dev.firebreak.summary;

import dev.firebreak.incident.Incident;
import dev.firebreak.incident.SecretMasking;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The evidence as the model gets it: masked (credentials, and e-mail addresses, which chat may show but a model
 * provider need not see) and cut to a token budget, least important lines first.
 */
@Singleton
public class PromptEvidence {
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    /** A rough, model-independent estimate; good enough to keep prompts inside a budget. */
    static final int CHARS_PER_TOKEN = 4;

    private final SecretMasking masking;

    public PromptEvidence(SecretMasking masking) {
        this.masking = masking;
    }

    String incident(Incident i) {
        return clean("#" + i.id() + " " + i.title() + " (" + i.severity().label() + ", " + i.status().label()
                + ", declared " + i.createdAt() + ")");
    }

    /** Evidence lines within {@code tokenBudget}; what did not fit is counted, not silently dropped. */
    public String evidence(Evidence e, int tokenBudget) {
        List<String> lines = new ArrayList<>();
        e.failures().forEach(f -> lines.add("FAILURE " + f.severity() + " " + f.object() + " " + f.failureClass()
                + (f.since() == null ? "" : " since " + f.since()) + ": " + f.summary()
                + (f.details().isEmpty() ? "" : " | " + String.join(" | ", f.details()))));
        e.changes().forEach(c -> lines.add("CHANGE " + c.at() + " " + c.object() + ": " + c.description()
                + (c.precedesFailure() ? " (before the first failure)" : "")));
        e.logPatterns().forEach(p -> lines.add("LOG x" + p.count() + " " + p.level() + (p.newInWindow() ? " NEW" : "")
                + ": " + p.template()));
        e.events().forEach(ev -> lines.add("EVENT " + ev));
        StringBuilder out = new StringBuilder();
        int budget = tokenBudget * CHARS_PER_TOKEN;
        int used = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = clean(lines.get(i));
            if (used + line.length() + 1 > budget) {
                out.append("(").append(lines.size() - i).append(" more lines left out to stay within the budget)\n");
                break;
            }
            out.append(line).append('\n');
            used += line.length() + 1;
        }
        return out.toString().strip();
    }

    /** Masks credentials and e-mail addresses in any text bound for a model. */
    public String clean(String text) {
        return EMAIL.matcher(masking.mask(text)).replaceAll("[EMAIL]");
    }
}
