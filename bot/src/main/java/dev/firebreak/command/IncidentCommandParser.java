package dev.firebreak.command;

import dev.firebreak.incident.Declaration;
import dev.firebreak.incident.IncidentStatus;
import dev.firebreak.incident.PageTarget;
import dev.firebreak.incident.Role;
import dev.firebreak.incident.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code /incident} grammar. Titles may be quoted ("..." or Slack's curly quotes); users are Slack's escaped
 * mentions ({@code <@U123|name>}), which Slack sends when the command is configured to escape users.
 */
public final class IncidentCommandParser {
    private static final Pattern USER_MENTION = Pattern.compile("<@([UW][A-Z0-9]+)(\\|[^>]*)?>");

    public IncidentCommand parse(String rawText) {
        String text = rawText == null ? "" : rawText.strip();
        if (text.isEmpty()) {
            return new IncidentCommand.Help();
        }
        String[] split = text.split("\\s+", 2);
        String verb = split[0].toLowerCase(Locale.ROOT);
        String rest = split.length > 1 ? split[1].strip() : "";
        switch (verb) {
            case "declare":
            case "open":
                return declare(rest);
            case "status":
                return status(rest);
            case "sev":
            case "severity":
                return severity(rest);
            case "role":
                return role(rest);
            case "update":
                return rest.isEmpty() ? invalid("Say what changed: `/incident update <text>`") : new IncidentCommand.Update(rest);
            case "note":
                return rest.isEmpty() ? invalid("Give the note: `/incident note <text>`") : new IncidentCommand.Note(rest);
            case "page":
                return page(rest);
            case "summarize":
            case "summary":
                return summarize(rest);
            case "runbooks":
                return new IncidentCommand.ListRunbooks();
            case "diagnose":
            case "run":
                return diagnose(rest);
            case "timeline":
                return new IncidentCommand.ShowTimeline();
            case "list":
                return new IncidentCommand.ListOpen();
            case "resolve":
                return new IncidentCommand.Resolve();
            case "postmortem":
                return new IncidentCommand.Postmortem();
            case "action":
                return action(rest);
            case "actions":
                return new IncidentCommand.ListActions();
            case "help":
                return new IncidentCommand.Help();
            default:
                return new IncidentCommand.Unknown(split[0]);
        }
    }

    /** {@code declare --private …}: a private channel, not announced, shown only to its responders. */
    static final String PRIVATE = "--private";

    private static IncidentCommand declare(String rest) {
        if (rest.isEmpty()) {
            return new IncidentCommand.OpenDeclareForm();
        }
        List<String> tokens = tokenize(rest);
        if (tokens == null) {
            return invalid("A quote is not closed. Try `/incident declare \"Checkout errors\" sev2`.");
        }
        boolean privateChannel = tokens.remove(PRIVATE);
        if (tokens.isEmpty()) {
            return privateChannel ? invalid("Give the incident a title: `/incident declare --private <title> [sev1|sev2|sev3|sev4]`.")
                    : new IncidentCommand.OpenDeclareForm();
        }
        Severity severity = Severity.SEV3;
        String last = tokens.get(tokens.size() - 1);
        if (looksLikeSeverity(last)) {
            Optional<Severity> parsed = Severity.parse(last);
            if (parsed.isEmpty()) {
                return invalid("`" + last + "` is not a severity: use sev1, sev2, sev3 or sev4.");
            }
            severity = parsed.get();
            tokens = tokens.subList(0, tokens.size() - 1);
        }
        String title = String.join(" ", tokens).strip();
        if (title.isEmpty()) {
            return invalid("Give the incident a title: `/incident declare <title> [sev1|sev2|sev3|sev4]`.");
        }
        if (title.length() > Declaration.MAX_TITLE_LENGTH) {
            return invalid("The title is longer than " + Declaration.MAX_TITLE_LENGTH + " characters.");
        }
        return new IncidentCommand.Declare(title, severity, privateChannel);
    }

    private static IncidentCommand status(String rest) {
        if (rest.isEmpty()) {
            return new IncidentCommand.Status(null);
        }
        return IncidentStatus.parse(rest)
                .<IncidentCommand>map(IncidentCommand.Status::new)
                .orElseGet(() -> invalid("`" + rest + "` is not a status: use investigating, identified, monitoring or resolved."));
    }

    private static IncidentCommand severity(String rest) {
        if (rest.isEmpty()) {
            return invalid("Give the new severity: `/incident sev <1-4>`.");
        }
        return Severity.parse(rest)
                .<IncidentCommand>map(IncidentCommand.ChangeSeverity::new)
                .orElseGet(() -> invalid("`" + rest + "` is not a severity: use 1, 2, 3 or 4."));
    }

    private static IncidentCommand role(String rest) {
        String[] parts = rest.split("\\s+");
        if (rest.isEmpty() || parts.length != 2) {
            return invalid("Use `/incident role <commander|comms|scribe> @user`.");
        }
        Optional<Role> role = Role.parse(parts[0]);
        if (role.isEmpty()) {
            return invalid("`" + parts[0] + "` is not a role: use commander, comms or scribe.");
        }
        Matcher m = USER_MENTION.matcher(parts[1]);
        if (!m.matches()) {
            return invalid("Mention the person with @, e.g. `/incident role " + role.get().label() + " @alex`.");
        }
        return new IncidentCommand.AssignRole(role.get(), m.group(1));
    }

    private static IncidentCommand page(String rest) {
        if (rest.isEmpty()) {
            return invalid("Say whom to page: `/incident page @user` or `/incident page <escalation policy>`.");
        }
        Matcher m = USER_MENTION.matcher(rest);
        if (m.matches()) {
            return new IncidentCommand.Page(PageTarget.person(m.group(1)));
        }
        if (rest.startsWith("<@")) {
            return invalid("Page one person at a time: `/incident page @user`.");
        }
        return new IncidentCommand.Page(PageTarget.policy(rest));
    }

    private static final Pattern TARGET = Pattern.compile("([a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)(/([a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?))?");

    private static IncidentCommand summarize(String rest) {
        if (rest.isEmpty()) {
            return new IncidentCommand.Summarize(null, null);
        }
        Matcher m = TARGET.matcher(rest);
        if (!m.matches()) {
            return invalid("Give the target as `namespace` or `namespace/workload`, e.g. `/incident summarize payments/payment-api`.");
        }
        return new IncidentCommand.Summarize(m.group(1), m.group(4));
    }

    private static IncidentCommand diagnose(String rest) {
        if (rest.isEmpty()) {
            return new IncidentCommand.Diagnose(null, Map.of());
        }
        List<String> tokens = tokenize(rest);
        if (tokens == null) {
            return invalid("A quote is not closed. Try `/incident diagnose crashloop namespace=payments`.");
        }
        Map<String, String> arguments = new LinkedHashMap<>();
        for (String token : tokens.subList(1, tokens.size())) {
            int eq = token.indexOf('=');
            if (eq <= 0) {
                return invalid("`" + token + "` is not `key=value`. Try `/incident diagnose " + tokens.get(0)
                        + " namespace=payments`.");
            }
            if (arguments.put(token.substring(0, eq), token.substring(eq + 1)) != null) {
                return invalid("`" + token.substring(0, eq) + "` is given twice.");
            }
        }
        return new IncidentCommand.Diagnose(tokens.get(0), arguments);
    }

    private static final String ACTION_USAGE = "`/incident action add \"<text>\" [@owner] [due:YYYY-MM-DD] [p1|p2|p3]`";

    private static IncidentCommand action(String rest) {
        String[] split = rest.split("\\s+", 2);
        if (split[0].equalsIgnoreCase("retry")) {
            String id = split.length > 1 ? split[1].strip().replaceFirst("^#", "") : "";
            return id.matches("[0-9]{1,18}") ? new IncidentCommand.RetryAction(Long.parseLong(id))
                    : invalid("Give the action's number: `/incident action retry <n>` (see `/incident actions`).");
        }
        if (!split[0].equalsIgnoreCase("add")) {
            return invalid("Use " + ACTION_USAGE + ", `/incident action retry <n>`, or `/incident actions` to list them.");
        }
        List<String> tokens = tokenize(split.length > 1 ? split[1] : "");
        if (tokens == null) {
            return invalid("A quote is not closed. Use " + ACTION_USAGE + ".");
        }
        String owner = null;
        java.time.LocalDate due = null;
        String priority = null;
        List<String> words = new ArrayList<>();
        for (String token : tokens) {
            Matcher mention = USER_MENTION.matcher(token);
            String lower = token.toLowerCase(Locale.ROOT);
            if (mention.matches()) {
                if (owner != null) {
                    return invalid("An action has one owner; mention only one person.");
                }
                owner = mention.group(1);
            } else if (lower.startsWith("due:")) {
                try {
                    due = java.time.LocalDate.parse(token.substring(4));
                } catch (java.time.format.DateTimeParseException e) {
                    return invalid("`" + token + "` is not a date: write `due:YYYY-MM-DD`, e.g. `due:2030-01-31`.");
                }
            } else if (lower.matches("p[1-3]")) {
                priority = lower;
            } else {
                words.add(token);
            }
        }
        String text = String.join(" ", words).strip();
        if (text.isEmpty()) {
            return invalid("Say what should be done: " + ACTION_USAGE + ".");
        }
        if (text.length() > MAX_ACTION_TEXT) {
            return invalid("The action text is longer than " + MAX_ACTION_TEXT + " characters.");
        }
        return new IncidentCommand.AddAction(text, owner, due, priority);
    }

    /** Also the column's size. */
    static final int MAX_ACTION_TEXT = 1000;

    private static boolean looksLikeSeverity(String token) {
        return token.toLowerCase(Locale.ROOT).matches("sev\\S*");
    }

    /** Splits on spaces, keeping quoted runs together; null when a quote is left open. */
    static List<String> tokenize(String text) {
        List<String> tokens = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        char closing = 0;
        for (char c : text.toCharArray()) {
            if (closing != 0) {
                if (c == closing) {
                    tokens.add(current.toString());
                    current.setLength(0);
                    closing = 0;
                } else {
                    current.append(c);
                }
            } else if (c == '"' || c == '\u201C') {
                closing = c == '"' ? '"' : '\u201D';
                flush(tokens, current);
            } else if (Character.isWhitespace(c)) {
                flush(tokens, current);
            } else {
                current.append(c);
            }
        }
        if (closing != 0) {
            return null;
        }
        flush(tokens, current);
        return tokens;
    }

    private static void flush(List<String> tokens, StringBuilder current) {
        if (current.length() > 0) {
            tokens.add(current.toString());
            current.setLength(0);
        }
    }

    private static IncidentCommand invalid(String message) {
        return new IncidentCommand.Invalid(message);
    }
}
