package dev.firebreak.redaction;

import dev.firebreak.incident.SecretMasking;
import dev.firebreak.integrations.kubernetes.Redactor;
import jakarta.inject.Singleton;

@Singleton
class RedactorSecretMasking implements SecretMasking {
    private final Redactor redactor;

    RedactorSecretMasking(Redactor redactor) {
        this.redactor = redactor;
    }

    @Override
    public String mask(String text) {
        return text == null ? null : redactor.redact(text);
    }
}
