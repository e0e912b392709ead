package dev.firebreak.integrations.kubernetes.analysis;

import java.time.Instant;

/**
 * A recent change to a workload or its configuration: a Deployment's new ReplicaSet (revision) with its image change,
 * a StatefulSet/DaemonSet spec update, a ConfigMap write. {@code precedesFailure} is true when the change happened
 * before the earliest finding's {@code since}: the "what changed just before it broke" candidates. {@code initial}
 * is true when it is the object's first version (revision 1, a new workload): nothing ran before it, so it cannot
 * be what broke a working system.
 */
public record Change(String kind, String namespace, String name, Instant at, String description,
        boolean precedesFailure, boolean initial) {

    public Change(String kind, String namespace, String name, Instant at, String description,
            boolean precedesFailure) {
        this(kind, namespace, name, at, description, precedesFailure, false);
    }

    Change withPrecedesFailure(boolean precedes) {
        return new Change(kind, namespace, name, at, description, precedes, initial);
    }

    Change withDescription(String text) {
        return new Change(kind, namespace, name, at, text, precedesFailure, initial);
    }
}
