package dev.firebreak.summary;

/** A link next to a summary to where the evidence can be seen in full: the alert's source, the team's dashboards. */
public record EvidenceLink(String label, String url) {}
