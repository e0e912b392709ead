package dev.firebreak.integrations.kubernetes.analysis;

import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBackend;
import io.fabric8.kubernetes.api.model.networking.v1.IngressClass;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.IngressTLS;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Ingresses no controller will serve (no class and no default IngressClass, or a class that does not exist), that
 * route to a Service that does not exist, or with a TLS entry without a secretName. Whether a named TLS Secret exists
 * is deliberately not checked: that would read Secret metadata, and Firebreak reads no Secret at all. Opt-in: the
 * default RBAC grants no read on {@code networking.k8s.io}.
 */
final class IngressAnalyzer implements Analyzer {
    static final String KIND = "Ingress";
    static final String DEFAULT_CLASS = "ingressclass.kubernetes.io/is-default-class";
    static final String LEGACY_CLASS = "kubernetes.io/ingress.class";

    @Override
    public String name() {
        return "ingresses";
    }

    @Override
    public boolean core() {
        return false;
    }

    @Override
    public List<Finding> analyze(AnalysisScope scope) {
        List<IngressClass> classes = scope.memo("ingressclasses",
                () -> scope.client().network().v1().ingressClasses().list().getItems());
        Set<String> classNames = classes.stream().map(c -> c.getMetadata().getName()).collect(Collectors.toSet());
        boolean hasDefault = classes.stream().anyMatch(c -> c.getMetadata().getAnnotations() != null
                && "true".equals(c.getMetadata().getAnnotations().get(DEFAULT_CLASS)));
        var services = scope.list("services", scope.client().services());
        List<Finding> findings = new ArrayList<>();
        for (Ingress ing : scope.list("ingresses", scope.client().network().v1().ingresses())) {
            Set<String> backends = backends(ing);
            String ns = ing.getMetadata().getNamespace();
            if (!scope.target().all() && services.stream().noneMatch(s -> ns.equals(s.getMetadata().getNamespace())
                    && backends.contains(s.getMetadata().getName())
                    && scope.target().selectedBy(s, s.getSpec().getSelector()))) {
                continue;
            }
            String cls = ing.getSpec().getIngressClassName();
            Map<String, String> annotations = ing.getMetadata().getAnnotations();
            boolean legacy = annotations != null && annotations.containsKey(LEGACY_CLASS);
            if (cls == null && !legacy && !hasDefault) {
                findings.add(warning(scope, ing, FailureClasses.INGRESS_NO_CLASS, "no ingressClassName and no default"
                        + " IngressClass: no controller serves it", "IngressClasses: " + classNames, null));
            } else if (cls != null && !classNames.contains(cls)) {
                findings.add(warning(scope, ing, FailureClasses.INGRESS_NO_CLASS, "IngressClass " + cls
                        + " does not exist: no controller serves it", "IngressClasses: " + classNames, null));
            }
            for (String backend : backends) {
                if (services.stream().noneMatch(s -> ns.equals(s.getMetadata().getNamespace())
                        && backend.equals(s.getMetadata().getName()))) {
                    findings.add(warning(scope, ing, FailureClasses.INGRESS_BACKEND_MISSING, "backend service "
                            + backend + " does not exist", "backend service " + ns + "/" + backend + " not found",
                            "service-endpoints"));
                }
            }
            for (IngressTLS tls : ing.getSpec().getTls() == null ? List.<IngressTLS>of() : ing.getSpec().getTls()) {
                if (tls.getSecretName() == null || tls.getSecretName().isBlank()) {
                    // INFO: some controllers serve their default certificate here, which may be intended.
                    findings.add(Findings.of(scope, KIND, ing, FailureClasses.INGRESS_TLS_SECRET_EMPTY,
                            FindingSeverity.INFO, null, "TLS entry without secretName for hosts " + tls.getHosts()
                                    + ": the controller's default certificate is served",
                            List.of("tls hosts " + tls.getHosts() + " secretName empty"), null));
                }
            }
        }
        return findings;
    }

    private static Finding warning(AnalysisScope scope, Ingress ing, String failureClass, String summary,
            String evidence, String runbook) {
        return Findings.of(scope, KIND, ing, failureClass, FindingSeverity.WARNING, null, summary, List.of(evidence),
                runbook);
    }

    /** Service names the ingress routes to: default backend and every rule path (resource backends are skipped). */
    private static Set<String> backends(Ingress ing) {
        List<IngressBackend> all = new ArrayList<>();
        if (ing.getSpec().getDefaultBackend() != null) {
            all.add(ing.getSpec().getDefaultBackend());
        }
        for (IngressRule rule : ing.getSpec().getRules() == null ? List.<IngressRule>of() : ing.getSpec().getRules()) {
            if (rule.getHttp() != null && rule.getHttp().getPaths() != null) {
                rule.getHttp().getPaths().stream().map(HTTPIngressPath::getBackend).forEach(all::add);
            }
        }
        return all.stream().filter(b -> b != null && b.getService() != null && b.getService().getName() != null)
                .map(b -> b.getService().getName()).collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
