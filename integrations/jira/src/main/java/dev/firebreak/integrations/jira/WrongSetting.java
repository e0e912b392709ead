package dev.firebreak.integrations.jira;

import java.util.List;

/**
 * A setting Jira does not accept: the environment variable, its value, what is wrong with it, and the values Jira
 * would accept instead (empty when there is no list to choose from).
 */
public record WrongSetting(String variable, String value, String problem, List<String> validValues) {

    public WrongSetting {
        validValues = List.copyOf(validValues);
    }

    /** One log line that says what to change and to what. */
    public String describe() {
        return variable + "=" + value + ": " + problem
                + (validValues.isEmpty() ? "" : ". Valid values: " + String.join(", ", validValues));
    }
}
