package dev.firebreak.runbook;

import dev.firebreak.runbook.ActionCatalog.ArgSpec;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The syntax every parameter and argument value must have. Values come from Slack users and from alert labels, and
 * end up in Kubernetes API calls, so each type has a strict grammar (ASCII only, no free text) and a length cap. The
 * reasons returned read after the value, e.g. {@code namespace kube-system} + " is not one this runbook may look at".
 */
final class ValueRules {
    static final int MAX_LENGTH = 253;
    static final long MAX_DURATION_SECONDS = 24 * 3600;

    private static final Pattern DNS_LABEL = Pattern.compile("[a-z0-9](?:[-a-z0-9]*[a-z0-9])?");
    private static final Pattern DNS_SUBDOMAIN = Pattern.compile(
            "[a-z0-9](?:[-a-z0-9]*[a-z0-9])?(?:\\.[a-z0-9](?:[-a-z0-9]*[a-z0-9])?)*");
    private static final Pattern DURATION = Pattern.compile("([0-9]{1,6})([smh])");
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,18}");
    private static final Pattern KIND = Pattern.compile("[A-Z][A-Za-z0-9]{0,62}");
    /** Values made only of these characters are shown as they are; anything else is quoted and escaped. */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._:/=!-]{1,80}");

    private ValueRules() { }

    /** Checks a value for a declared parameter: text, type syntax, then the runbook's own limits. */
    static Optional<String> checkParameter(Parameter p, String value) {
        Optional<String> problem = checkText(value).or(() -> checkType(p.type(), value, p.min(), p.max()));
        if (problem.isPresent()) return problem;
        if (!p.allowed().isEmpty() && !p.allowed().contains(value)) {
            return Optional.of("is not one this runbook may look at; allowed: " + String.join(", ", p.allowed()));
        }
        if (p.pattern() != null && !p.pattern().matcher(value).matches()) {
            return Optional.of("does not match the pattern " + p.pattern().pattern());
        }
        return Optional.empty();
    }

    /** Checks a final argument value (a literal from the file, or a bound parameter) against the action's spec. */
    static Optional<String> checkArg(ArgSpec arg, String value) {
        Optional<String> problem = checkText(value);
        if (problem.isPresent()) return problem;
        switch (arg.kind()) {
            case BOOLEAN:
                return value.equals("true") || value.equals("false") ? Optional.empty()
                        : Optional.of("is not true or false");
            case KIND:
                return KIND.matcher(value).matches() ? Optional.empty()
                        : Optional.of("is not a Kubernetes kind such as Pod or Deployment");
            case NAME:
                return checkType(ParameterType.POD, value, null, null);
            case INTEGER:
                return checkType(ParameterType.INTEGER, value, arg.min(), arg.max());
            default:
                return checkType(arg.kind().natural(), value, null, null);
        }
    }

    /** Non-empty, at most 253 characters, printable ASCII only (no newlines, no look-alike letters). */
    static Optional<String> checkText(String value) {
        if (value == null || value.isEmpty()) return Optional.of("is empty");
        if (value.length() > MAX_LENGTH) return Optional.of("is longer than " + MAX_LENGTH + " characters");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                return Optional.of(String.format("contains a character that is not printable ASCII (U+%04X at "
                        + "position %d)", (int) c, i + 1));
            }
        }
        return Optional.empty();
    }

    static Optional<String> checkType(ParameterType type, String value, Long min, Long max) {
        switch (type) {
            case NAMESPACE: case SERVICE: case CONTAINER:
                return value.length() <= 63 && DNS_LABEL.matcher(value).matches() ? Optional.empty()
                        : Optional.of("is not a valid " + type.yamlName() + " name (lower-case letters, digits and "
                                + "'-', starting and ending with a letter or digit, at most 63 characters)");
            case DEPLOYMENT: case POD: case NODE: case PVC:
                return DNS_SUBDOMAIN.matcher(value).matches() ? Optional.empty()
                        : Optional.of("is not a valid " + type.yamlName() + " name (lower-case letters, digits, "
                                + "'-' and '.', at most 253 characters)");
            case LABEL_SELECTOR:
                return LabelSelectorGrammar.check(value).map(r -> "is not an accepted label selector: it " + r);
            case DURATION:
                return checkDuration(value);
            case INTEGER:
                return checkInteger(value, min == null ? 0 : min, max == null ? Long.MAX_VALUE : max);
            case STRING:
                return Optional.empty(); // the declared pattern, which is mandatory, decides
            default:
                throw new IllegalStateException("unhandled type " + type);
        }
    }

    private static Optional<String> checkDuration(String value) {
        var m = DURATION.matcher(value);
        if (!m.matches()) return Optional.of("is not a duration such as 30s, 15m or 2h");
        long n = Long.parseLong(m.group(1));
        long seconds = n * (m.group(2).equals("h") ? 3600 : m.group(2).equals("m") ? 60 : 1);
        if (seconds == 0) return Optional.of("is not a positive duration");
        if (seconds > MAX_DURATION_SECONDS) return Optional.of("is longer than 24h");
        return Optional.empty();
    }

    private static Optional<String> checkInteger(String value, long min, long max) {
        if (!DIGITS.matcher(value).matches()) return Optional.of("is not a whole number (digits only)");
        long n = Long.parseLong(value);
        if (n < min) return Optional.of("is below the minimum of " + min);
        if (n > max) return Optional.of("is above the maximum of " + max);
        return Optional.empty();
    }

    /**
     * A value as it may be shown back to a user or written to a log: plain when it is harmless, else in quotes with
     * every character outside a small safe set escaped, and cut at 80 characters, so hostile input can neither
     * forge log lines nor render as chat markup.
     */
    static String show(String value) {
        if (value == null) return "(none)";
        if (PLAIN.matcher(value).matches()) return value;
        StringBuilder b = new StringBuilder("\"");
        int shown = Math.min(value.length(), 80);
        for (int i = 0; i < shown; i++) {
            char c = value.charAt(i);
            boolean safe = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || " ._:/=!,()-".indexOf(c) >= 0;
            b.append(safe ? String.valueOf(c) : String.format("\\u%04x", (int) c));
        }
        return b.append(value.length() > shown ? "\"..." : "\"").toString();
    }
}
