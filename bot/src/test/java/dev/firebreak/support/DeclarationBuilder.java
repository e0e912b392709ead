package dev.firebreak.support;

import dev.firebreak.incident.Declaration;
import dev.firebreak.incident.Severity;
import dev.firebreak.incident.TimelineSource;

/**
 * Test data for {@link Declaration}: say only what the test is about. A person's declaration by default is sev3 from
 * the slash command; an alert's comes from Alertmanager with its external key.
 */
public final class DeclarationBuilder {
    private final String title;
    private Severity severity = Severity.SEV3;
    private String description;
    private String service;
    private String declaredBy;
    private String declaredIn;
    private TimelineSource source;
    private String externalKey;
    private String externalUrl;
    private boolean privateChannel;

    private DeclarationBuilder(String title, String declaredBy, TimelineSource source) {
        this.title = title;
        this.declaredBy = declaredBy;
        this.source = source;
    }

    /** Declared by {@code userId} with {@code /incident declare}. */
    public static DeclarationBuilder byPerson(String title, String userId) {
        return new DeclarationBuilder(title, userId, TimelineSource.SLASH_COMMAND);
    }

    /** Opened by an Alertmanager alert whose key is {@code externalKey}. */
    public static DeclarationBuilder fromAlert(String title, String externalKey) {
        DeclarationBuilder b = new DeclarationBuilder(title, "alertmanager", TimelineSource.ALERTMANAGER);
        b.externalKey = externalKey;
        return b;
    }

    public DeclarationBuilder severity(Severity severity) {
        this.severity = severity;
        return this;
    }

    public DeclarationBuilder description(String description) {
        this.description = description;
        return this;
    }

    public DeclarationBuilder service(String service) {
        this.service = service;
        return this;
    }

    /** The channel the declaration was typed in. */
    public DeclarationBuilder in(String channelId) {
        this.declaredIn = channelId;
        return this;
    }

    public DeclarationBuilder source(TimelineSource source) {
        this.source = source;
        return this;
    }

    public DeclarationBuilder externalKey(String externalKey) {
        this.externalKey = externalKey;
        return this;
    }

    public DeclarationBuilder externalUrl(String externalUrl) {
        this.externalUrl = externalUrl;
        return this;
    }

    /** Worked in a private channel, shown only to its responders. */
    public DeclarationBuilder privately() {
        this.privateChannel = true;
        return this;
    }

    public Declaration build() {
        return new Declaration(
                title,
                severity,
                description,
                service,
                declaredBy,
                declaredIn,
                source,
                externalKey,
                externalUrl,
                privateChannel);
    }
}
