package dev.firebreak.integrations.kubernetes;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks credentials in free text (log lines, event messages, annotations) before it leaves Firebreak. The secret
 * part becomes {@value #MASK}; key names, URL schemes, users and hosts stay so a line remains readable.
 *
 * <p>Patterns are compiled once; each rule first checks a cheap literal hint so 10,000 clean lines cost little.
 * Thread-safe. Public so the bot can run its own outbound text (LLM prompts, Slack messages) through it too.
 */
@Singleton
public final class Redactor {
    public static final String MASK = "[REDACTED]";

    private static final Pattern PEM_BLOCK = Pattern.compile(
            "-----BEGIN ([A-Z0-9 ]*)PRIVATE KEY-----.*?(?:-----END \\1PRIVATE KEY-----|\\z)", Pattern.DOTALL);
    private static final Pattern PEM_BEGIN = Pattern.compile("-----BEGIN ([A-Z0-9 ]*)PRIVATE KEY-----");
    private static final Pattern PEM_END = Pattern.compile("-----END [A-Z0-9 ]*PRIVATE KEY-----");

    // Order matters: whole-token shapes first, then URLs, then key=value (which would otherwise eat a URL).
    private static final List<Rule> RULES = List.of(
            // Authorization: Bearer|Basic|Token <credential> (header, curl -H, or a logged request). The scheme is
            // an atomic group so that "Bearer" itself is never taken for the credential.
            new Rule(List.of("authoriz"),
                    "(?i)(authorization\"?\\s*[:=]\\s*\"?(?>(?:(?:bearer|basic|token|digest)\\s+)?))"
                    + "[A-Za-z0-9._~+/=:-]{6,}", "$1" + MASK),
            // A bare "Bearer <token>": only token-like words (16+ chars with a digit), not "bearer authentication".
            new Rule(List.of("bearer"), "(?i)\\b(bearer\\s+)(?=[A-Za-z0-9._~+/=-]*\\d)[A-Za-z0-9._~+/=-]{16,}",
                    "$1" + MASK),
            new Rule(List.of("eyj"), "\\beyJ[A-Za-z0-9_-]{5,}\\.eyJ[A-Za-z0-9_-]{5,}\\.[A-Za-z0-9_-]*", MASK),
            new Rule(List.of("akia", "asia"), "\\b(?:AKIA|ASIA)[0-9A-Z]{16}\\b", MASK),
            new Rule(List.of("xox", "xapp-"), "\\b(?:xox[abposr]-|xapp-\\d-)[A-Za-z0-9-]{10,}", MASK),
            new Rule(List.of("gh", "github_pat_"), "\\b(?:gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,})",
                    MASK),
            // scheme://user:password@host (postgres, mysql, mongodb+srv, redis, amqp, https...): keep user and host.
            new Rule(List.of("://"), "(?i)\\b([a-z][a-z0-9+.-]*://)([^/\\s:@\"']*):([^/\\s@\"']+)@",
                    "$1$2:" + Matcher.quoteReplacement(MASK) + "@"),
            // password=..., "api_key": "...", X-Api-Key: ..., client_secret=...: keep the key, mask the value.
            new Rule(List.of("pass", "secret", "token", "key", "credential"),
                    "(?i)\\b([\\w.-]*?(?:password|passwd|secret|token|api[_-]?key|apikey|access[_-]?key"
                    + "|auth[_-]?key|private[_-]?key|credentials?)[\"']?\\s*[:=]\\s*)"
                    // <redacted>, <secretKeyRef>: placeholders our own output prints instead of a value.
                    + "(?!<[A-Za-z]+>)(\\[REDACTED]|\"[^\"]*\"|'[^']*'|[^\\s,;&\"'}\\]]+)", null));

    private static final Pattern QUOTED = Pattern.compile("^([\"']).*\\1$", Pattern.DOTALL);

    /** Masks secrets in one piece of text, which may span several lines (a PEM block inside it is masked whole). */
    public String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = text.contains("PRIVATE KEY-----")
                ? PEM_BLOCK.matcher(text).replaceAll(m -> Matcher.quoteReplacement(pemMask(m.group(1))))
                : text;
        for (Rule rule : RULES) {
            // Lower-cased per rule because an earlier rule may have changed the text.
            out = rule.apply(out, out.toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /**
     * Masks each line; a private key split over lines (as in a log) is masked from its BEGIN line to its END line.
     */
    public List<String> redactLines(List<String> lines) {
        List<String> out = new ArrayList<>(lines.size());
        boolean inKey = false;
        for (String line : lines) {
            if (inKey) {
                if (PEM_END.matcher(line).find()) {
                    inKey = false;
                }
                out.add(MASK);
                continue;
            }
            Matcher begin = line.contains("PRIVATE KEY-----") ? PEM_BEGIN.matcher(line) : null;
            if (begin != null && begin.find() && !PEM_END.matcher(line).find(begin.end())) {
                inKey = true;
                out.add(redact(line.substring(0, begin.start())) + pemMask(begin.group(1)));
                continue;
            }
            out.add(redact(line));
        }
        return out;
    }

    private static String pemMask(String type) {
        return "-----BEGIN " + type + "PRIVATE KEY-----" + MASK;
    }

    /** One pattern; it is tried only when one of its lower-case {@code hints} occurs in the text. */
    private record Rule(List<String> hints, Pattern pattern, String replacement) {
        Rule(List<String> hints, String regex, String replacement) {
            this(hints, Pattern.compile(regex), replacement);
        }

        String apply(String text, String lower) {
            if (hints.stream().noneMatch(lower::contains)) {
                return text;
            }
            Matcher m = pattern.matcher(text);
            if (!m.find()) {
                return text;
            }
            if (replacement != null) {
                return m.replaceAll(replacement);
            }
            return m.replaceAll(r -> Matcher.quoteReplacement(r.group(1) + maskValue(r.group(2))));
        }

        // Keep the quotes around a quoted value so JSON stays JSON.
        private static String maskValue(String value) {
            if (QUOTED.matcher(value).matches()) {
                return value.charAt(0) + MASK + value.charAt(0);
            }
            return MASK;
        }
    }
}
