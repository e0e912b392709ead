package dev.firebreak.incident;

import java.util.Locale;
import java.util.Optional;

public enum Severity {
    SEV1("critical: customer-facing outage"),
    SEV2("major: significant degradation"),
    SEV3("minor: limited impact"),
    SEV4("low: no customer impact yet");

    private final String meaning;

    Severity(String meaning) {
        this.meaning = meaning;
    }

    public String meaning() {
        return meaning;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Accepts {@code sev2}, {@code SEV2} and {@code 2}. */
    public static Optional<Severity> parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.startsWith("sev")) {
            t = t.substring(3);
        }
        switch (t) {
            case "1": return Optional.of(SEV1);
            case "2": return Optional.of(SEV2);
            case "3": return Optional.of(SEV3);
            case "4": return Optional.of(SEV4);
            default: return Optional.empty();
        }
    }
}
