package dev.firebreak.runbook;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The kinds of value a runbook parameter may hold; each has a strict syntax checked by {@link ValueRules}. */
public enum ParameterType {
    NAMESPACE("namespace"),
    DEPLOYMENT("deployment"),
    POD("pod"),
    LABEL_SELECTOR("labelSelector"),
    CONTAINER("container"),
    DURATION("duration"),
    INTEGER("integer"),
    STRING("string"),
    NODE("node"),
    SERVICE("service"),
    PVC("pvc");

    private final String yamlName;

    ParameterType(String yamlName) {
        this.yamlName = yamlName;
    }

    /** The name used in runbook files, e.g. {@code labelSelector}. */
    public String yamlName() {
        return yamlName;
    }

    /** Types whose values are Kubernetes object names (and so may carry an {@code allowed} list). */
    public boolean isKubernetesName() {
        switch (this) {
            case NAMESPACE: case DEPLOYMENT: case POD: case CONTAINER: case NODE: case SERVICE: case PVC:
                return true;
            default:
                return false;
        }
    }

    public static Optional<ParameterType> fromYaml(String name) {
        return Arrays.stream(values()).filter(t -> t.yamlName.equals(name)).findFirst();
    }

    public static List<String> yamlNames() {
        return Arrays.stream(values()).map(ParameterType::yamlName).toList();
    }
}
