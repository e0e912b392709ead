package dev.firebreak.integrations.kubernetes;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ManagedFieldsEntry;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;

/**
 * When an object was last written, and by whom, from {@code metadata.managedFields}: the only "last modified" time
 * Kubernetes keeps. Status writes are skipped: controllers update status constantly and that is not a change.
 */
final class ManagedFields {
    record Write(Instant time, String manager) {}

    private ManagedFields() {}

    static Optional<Write> lastWrite(HasMetadata object) {
        if (object.getMetadata().getManagedFields() == null) {
            return Optional.empty();
        }
        return object.getMetadata().getManagedFields().stream()
                .filter(f -> f.getSubresource() == null || f.getSubresource().isEmpty())
                .filter(f -> Text.time(f.getTime()) != null)
                .max(Comparator.comparing((ManagedFieldsEntry f) -> Text.time(f.getTime())))
                .map(f -> new Write(Text.time(f.getTime()), Text.or(f.getManager(), "unknown manager")));
    }
}
