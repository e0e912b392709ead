package dev.firebreak.integrations.kubernetes.analysis;

import io.fabric8.kubernetes.api.model.EndpointAddress;
import io.fabric8.kubernetes.api.model.EndpointSubset;
import io.fabric8.kubernetes.api.model.Endpoints;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Service;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Services with a selector but no ready endpoint, told apart the way on-call needs it: the selector matches no pod
 * (a label typo, or scaled to zero) versus pods exist but none is ready. ExternalName services and services without
 * a selector (endpoints managed by hand) are skipped.
 */
final class ServiceAnalyzer implements Analyzer {
    static final String KIND = "Service";

    @Override
    public String name() {
        return "services";
    }

    @Override
    public boolean core() {
        return true;
    }

    @Override
    public List<Finding> analyze(AnalysisScope scope) {
        Map<String, Endpoints> endpoints = scope.list("endpoints", scope.client().endpoints()).stream()
                .collect(Collectors.toMap(ServiceAnalyzer::key, Function.identity(), (a, b) -> a));
        List<Finding> findings = new ArrayList<>();
        for (Service svc : scope.list("services", scope.client().services())) {
            Map<String, String> selector = svc.getSpec().getSelector();
            if (selector == null || selector.isEmpty() || "ExternalName".equals(svc.getSpec().getType())
                    || !scope.target().selectedBy(svc, selector)) {
                continue;
            }
            List<EndpointAddress> ready = new ArrayList<>();
            List<EndpointAddress> notReady = new ArrayList<>();
            Endpoints ep = endpoints.get(key(svc));
            List<EndpointSubset> subsets = ep == null || ep.getSubsets() == null ? List.of() : ep.getSubsets();
            for (EndpointSubset s : subsets) {
                ready.addAll(s.getAddresses() == null ? List.of() : s.getAddresses());
                notReady.addAll(s.getNotReadyAddresses() == null ? List.of() : s.getNotReadyAddresses());
            }
            if (!ready.isEmpty()) {
                continue;
            }
            List<Pod> pods = scope.allPods().stream().filter(p -> Objects.equals(p.getMetadata().getNamespace(),
                    svc.getMetadata().getNamespace()) && p.getMetadata().getLabels() != null
                    && p.getMetadata().getLabels().entrySet().containsAll(selector.entrySet())).toList();
            findings.add(finding(scope, svc, selector, pods, notReady));
        }
        return findings;
    }

    private static Finding finding(AnalysisScope scope, Service svc, Map<String, String> selector, List<Pod> pods,
            List<EndpointAddress> notReady) {
        String labels = selector.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(","));
        List<String> evidence = new ArrayList<>();
        evidence.add("selector " + labels + " matches " + pods.size() + " pod(s)");
        notReady.forEach(a -> evidence.add("not ready address " + a.getIp()
                + (a.getTargetRef() == null ? "" : " (" + a.getTargetRef().getKind() + " " + a.getTargetRef().getName()
                        + ")")));
        String summary = pods.isEmpty() ? "no endpoints: selector " + labels + " matches no pods"
                : notReady.isEmpty() ? "no endpoints: " + pods.size() + " pod(s) match the selector, none ready"
                : "no ready endpoints: all " + notReady.size() + " address(es) are not ready";
        return Findings.of(scope, KIND, svc, FailureClasses.SERVICE_NO_ENDPOINTS, FindingSeverity.CRITICAL,
                Times.earliest(pods.stream().map(Pods::notReadySince).toList()), summary, evidence,
                "service-endpoints");
    }

    private static String key(io.fabric8.kubernetes.api.model.HasMetadata o) {
        return o.getMetadata().getNamespace() + "/" + o.getMetadata().getName();
    }
}
