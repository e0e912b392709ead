package dev.firebreak.integrations.kubernetes.analysis;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import java.util.stream.Collectors;

/** Helpers shared by the workload analyzers and recent changes. */
final class Workloads {
    private Workloads() {}

    /** The template's container images, comma-separated: what a rollout changes. */
    static String images(PodTemplateSpec template) {
        if (template == null || template.getSpec() == null || template.getSpec().getContainers() == null) {
            return "-";
        }
        return template.getSpec().getContainers().stream().map(Container::getImage).collect(Collectors.joining(","));
    }
}
