package dev.firebreak.summary;

/** The LLM's answer, validated: four short plain-text fields. */
public record Narrative(String whatIsFailing, String since, String likelyCause, String narrative) {}
