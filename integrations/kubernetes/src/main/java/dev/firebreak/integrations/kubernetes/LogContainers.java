package dev.firebreak.integrations.kubernetes;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EphemeralContainer;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Which container of a pod {@code logs} reads. Without a {@code container} argument the API server only answers for
 * a pod with one container; for more it refuses, so the choice is made here as {@code kubectl logs} makes it: the
 * container named by the pod's {@value #DEFAULT_CONTAINER} annotation, else the first in the spec.
 */
final class LogContainers {
    static final String DEFAULT_CONTAINER = "kubectl.kubernetes.io/default-container";

    /**
     * The container to read ({@code null}: the pod's only one, left to the API server as before) and, when it was
     * chosen here, the pod's other containers, so the reader knows the log is one of several.
     */
    record Choice(String container, List<String> others) {
        Choice {
            others = List.copyOf(others);
        }

        static Choice asRequested(String container) {
            return new Choice(container, List.of());
        }

        /** {@code " container api (also in pod: istio-proxy, log-shipper; pass container=<name> for another)"}. */
        String describe() {
            if (container == null) {
                return "";
            }
            return " container " + container + (others.isEmpty() ? ""
                    : " (also in pod: " + String.join(", ", others) + "; pass container=<name> for another)");
        }
    }

    private LogContainers() {}

    /** The choice for this pod, or empty when it has no container by the {@code requested} name. */
    static Optional<Choice> choose(Pod pod, String requested) {
        List<String> main = names(pod.getSpec() == null ? null : pod.getSpec().getContainers());
        if (requested != null) {
            return all(pod).contains(requested) ? Optional.of(Choice.asRequested(requested)) : Optional.empty();
        }
        if (main.size() <= 1) {
            return Optional.of(Choice.asRequested(null));
        }
        Map<String, String> annotations = pod.getMetadata().getAnnotations();
        String annotated = annotations == null ? null : annotations.get(DEFAULT_CONTAINER);
        // kubectl, too, falls back to the first container when the annotation names one the pod does not have.
        String chosen = annotated != null && main.contains(annotated) ? annotated : main.get(0);
        List<String> others = new ArrayList<>(main);
        others.remove(chosen);
        names(pod.getSpec().getInitContainers()).forEach(init -> others.add(init + " (init)"));
        return Optional.of(new Choice(chosen, others));
    }

    /** {@code pod api-1 has no container sidecar; its containers: api, istio-proxy, migrate (init)}. */
    static String notInPod(Pod pod, String requested) {
        List<String> listed = listed(pod);
        return "pod " + pod.getMetadata().getName() + " has no container " + requested + "; its containers: "
                + (listed.isEmpty() ? "none" : String.join(", ", listed));
    }

    // Init and ephemeral (kubectl debug) containers have logs too, and may be asked for by name.
    private static List<String> all(Pod pod) {
        PodSpec spec = pod.getSpec();
        if (spec == null) {
            return List.of();
        }
        return Stream.of(names(spec.getContainers()), names(spec.getInitContainers()),
                ephemeral(spec.getEphemeralContainers())).flatMap(List::stream).toList();
    }

    private static List<String> listed(Pod pod) {
        PodSpec spec = pod.getSpec();
        if (spec == null) {
            return List.of();
        }
        return Stream.of(names(spec.getContainers()).stream(),
                names(spec.getInitContainers()).stream().map(n -> n + " (init)"),
                ephemeral(spec.getEphemeralContainers()).stream().map(n -> n + " (ephemeral)"))
                .flatMap(s -> s).toList();
    }

    private static List<String> names(List<Container> containers) {
        return containers == null ? List.of() : containers.stream().map(Container::getName).toList();
    }

    private static List<String> ephemeral(List<EphemeralContainer> containers) {
        return containers == null ? List.of() : containers.stream().map(EphemeralContainer::getName).toList();
    }
}
