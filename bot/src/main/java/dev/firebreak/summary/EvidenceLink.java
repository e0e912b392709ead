package dev.firebreak.summary;

/**
 * A link next to a summary to where the evidence can be seen in full: the alert's source, the team's dashboards.
 * {@code fromOutside} marks a url that came with the alert or page rather than from our configuration: chat shows
 * it live only for allowed hosts.
 */
public record EvidenceLink(String label, String url, boolean fromOutside) {

    /** A link built from our own configuration. */
    public EvidenceLink(String label, String url) {
        this(label, url, false);
    }

    public static EvidenceLink outside(String label, String url) {
        return new EvidenceLink(label, url, true);
    }
}
