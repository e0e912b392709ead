package dev.firebreak.runbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A strict subset of Kubernetes label selector syntax: comma-separated requirements, each {@code key=value},
 * {@code key==value}, {@code key!=value}, {@code key in (a,b)}, {@code key notin (a)}, {@code key} or {@code !key}.
 * Spaces are allowed only around {@code in}/{@code notin} and after a comma inside the parentheses. Anything else is
 * refused rather than interpreted, since the selector ends up in an API call built from user input.
 */
final class LabelSelectorGrammar {
    static final int MAX_REQUIREMENTS = 20;

    private static final String DNS_LABEL = "[a-z0-9](?:[-a-z0-9]*[a-z0-9])?";
    private static final Pattern KEY_PREFIX = Pattern.compile(DNS_LABEL + "(?:\\." + DNS_LABEL + ")*");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9](?:[-A-Za-z0-9_.]*[A-Za-z0-9])?");
    private static final Pattern SET_REQUIREMENT = Pattern.compile("([^ ()]+) (in|notin) \\(([^()]*)\\)");
    private static final Pattern EQUALITY = Pattern.compile("([^=!]+)(==|!=|=)(.*)");

    private LabelSelectorGrammar() { }

    /** The reason the selector is refused, or empty when it is well-formed. */
    static Optional<String> check(String selector) {
        List<String> requirements = new ArrayList<>();
        Optional<String> split = splitTopLevel(selector, requirements);
        if (split.isPresent()) return split;
        if (requirements.size() > MAX_REQUIREMENTS) {
            return Optional.of("has more than " + MAX_REQUIREMENTS + " requirements");
        }
        for (String r : requirements) {
            Optional<String> problem = checkRequirement(r);
            if (problem.isPresent()) return problem;
        }
        return Optional.empty();
    }

    /** Splits at commas outside parentheses; parentheses must pair up and not nest. */
    private static Optional<String> splitTopLevel(String s, List<String> out) {
        int depth = 0;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') {
                if (depth++ > 0) return Optional.of("has nested parentheses");
            } else if (c == ')') {
                if (--depth < 0) return Optional.of("has a ')' without a matching '('");
            } else if (c == ',' && depth == 0) {
                out.add(s.substring(start, i));
                start = i + 1;
            }
        }
        if (depth != 0) return Optional.of("has a '(' without a matching ')'");
        out.add(s.substring(start));
        return Optional.empty();
    }

    private static Optional<String> checkRequirement(String r) {
        if (r.isEmpty()) return Optional.of("has an empty requirement (stray comma?)");
        Matcher set = SET_REQUIREMENT.matcher(r);
        if (set.matches()) {
            Optional<String> key = checkKey(set.group(1));
            return key.isPresent() ? key : checkValueList(set.group(3));
        }
        if (r.indexOf('(') >= 0 || r.indexOf(')') >= 0) {
            return Optional.of("has parentheses outside 'key in (a,b)' or 'key notin (a,b)'");
        }
        Matcher eq = EQUALITY.matcher(r);
        if (eq.matches()) {
            Optional<String> key = checkKey(eq.group(1));
            return key.isPresent() ? key : checkValue(eq.group(3));
        }
        return checkKey(r.startsWith("!") ? r.substring(1) : r);
    }

    private static Optional<String> checkValueList(String list) {
        String[] values = list.split(",", -1);
        for (int i = 0; i < values.length; i++) {
            String v = i > 0 && values[i].startsWith(" ") ? values[i].substring(1) : values[i];
            Optional<String> problem = checkValue(v);
            if (problem.isPresent()) return problem;
        }
        return Optional.empty();
    }

    private static Optional<String> checkKey(String key) {
        int slash = key.indexOf('/');
        String name = slash < 0 ? key : key.substring(slash + 1);
        if (slash >= 0) {
            String prefix = key.substring(0, slash);
            if (prefix.length() > 253 || !KEY_PREFIX.matcher(prefix).matches()) {
                return Optional.of("has an invalid label key prefix " + ValueRules.show(prefix));
            }
        }
        if (name.length() > 63 || !NAME.matcher(name).matches()) {
            return Optional.of("has an invalid label key " + ValueRules.show(key)
                    + " (letters, digits, '-', '_' and '.', at most 63, optionally prefixed by a DNS name and '/')");
        }
        return Optional.empty();
    }

    private static Optional<String> checkValue(String value) {
        if (value.isEmpty()) return Optional.of("has an empty label value");
        if (value.length() > 63 || !NAME.matcher(value).matches()) {
            return Optional.of("has an invalid label value " + ValueRules.show(value)
                    + " (letters, digits, '-', '_' and '.', at most 63)");
        }
        return Optional.empty();
    }
}
