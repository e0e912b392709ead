package dev.firebreak.integrations.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** kubectl's rule for the container {@code logs} reads, on pod specs alone. */
class LogContainersTest {

    static Pod pod(String name, String defaultContainer, List<String> containers, List<String> init,
            List<String> ephemeral) {
        PodBuilder b = new PodBuilder().withNewMetadata().withName(name).withNamespace(FailingPods.NS).endMetadata()
                .withNewSpec().endSpec();
        if (defaultContainer != null) {
            b.editMetadata().addToAnnotations(LogContainers.DEFAULT_CONTAINER, defaultContainer).endMetadata();
        }
        containers.forEach(c -> b.editSpec().addNewContainer().withName(c).withImage("shop/" + c + ":1")
                .endContainer().endSpec());
        init.forEach(c -> b.editSpec().addNewInitContainer().withName(c).withImage("shop/" + c + ":1")
                .endInitContainer().endSpec());
        ephemeral.forEach(c -> b.editSpec().addNewEphemeralContainer().withName(c).withImage("busybox")
                .endEphemeralContainer().endSpec());
        return b.build();
    }

    @Test
    void theAnnotatedContainerWinsOverTheFirstAndTheOthersAreListed() {
        Pod pod = pod("api-1", "api", List.of("istio-proxy", "api", "log-shipper"), List.of("migrate"), List.of());
        LogContainers.Choice choice = LogContainers.choose(pod, null).orElseThrow();
        assertEquals("api", choice.container());
        assertEquals(List.of("istio-proxy", "log-shipper", "migrate (init)"), choice.others());
        assertEquals(" container api (also in pod: istio-proxy, log-shipper, migrate (init); pass container=<name>"
                + " for another)", choice.describe());
    }

    @Test
    void anAnnotationNamingNoContainerFallsBackToTheFirst() {
        Pod pod = pod("api-1", "gone", List.of("istio-proxy", "api"), List.of(), List.of());
        assertEquals("istio-proxy", LogContainers.choose(pod, null).orElseThrow().container());
    }

    @Test
    void aSingleContainerIsLeftToTheApiServerEvenWithInitContainers() {
        Pod pod = pod("api-1", null, List.of("api"), List.of("migrate"), List.of());
        assertEquals(Optional.of(LogContainers.Choice.asRequested(null)), LogContainers.choose(pod, null));
        assertEquals("", LogContainers.Choice.asRequested(null).describe());
    }

    @Test
    void aNamedContainerMayBeAnyKindTheApiServerServesLogsFor() {
        Pod pod = pod("api-1", null, List.of("api", "istio-proxy"), List.of("migrate"), List.of("debugger-x1"));
        for (String name : List.of("istio-proxy", "migrate", "debugger-x1")) {
            assertEquals(Optional.of(LogContainers.Choice.asRequested(name)), LogContainers.choose(pod, name));
        }
        assertEquals(Optional.empty(), LogContainers.choose(pod, "sidecar"));
        assertEquals("pod api-1 has no container sidecar; its containers: api, istio-proxy, migrate (init),"
                + " debugger-x1 (ephemeral)", LogContainers.notInPod(pod, "sidecar"));
    }
}
