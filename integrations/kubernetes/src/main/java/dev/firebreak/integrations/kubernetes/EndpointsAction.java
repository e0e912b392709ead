package dev.firebreak.integrations.kubernetes;

import io.fabric8.kubernetes.api.model.EndpointAddress;
import io.fabric8.kubernetes.api.model.EndpointSubset;
import io.fabric8.kubernetes.api.model.Endpoints;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Service;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code endpoints}: a service's selector and ports, its ready and not-ready addresses with their pods, and, when
 * nothing is ready, how many pods the selector matches: "matches none" and "matches some, none ready" are different
 * incidents.
 */
final class EndpointsAction implements Action {

    @Override
    public String name() {
        return "endpoints";
    }

    @Override
    public String verb() {
        return "get";
    }

    @Override
    public void run(ActionContext ctx, Output out) {
        String ns = ctx.namespace();
        String name = ctx.requiredName("service");
        Service svc = ctx.client().services().inNamespace(ns).withName(name).get();
        if (svc == null) {
            out.line("service " + name + " not found in namespace " + ns);
            return;
        }
        Map<String, String> selector = svc.getSpec().getSelector();
        out.line("service " + name + " type=" + Text.or(svc.getSpec().getType(), "ClusterIP")
                + " selector=" + Text.labels(selector) + " ports=" + (svc.getSpec().getPorts() == null ? "-"
                        : svc.getSpec().getPorts().stream().map(p -> Text.or(p.getName(), "") + " " + p.getPort()
                                + "->" + (p.getTargetPort() == null ? p.getPort() : targetPort(p.getTargetPort()))
                                + "/" + Text.or(p.getProtocol(), "TCP")).map(String::strip)
                                .collect(Collectors.joining(", "))));
        Endpoints ep = ctx.client().endpoints().inNamespace(ns).withName(name).get();
        List<String> ready = new ArrayList<>();
        List<String> notReady = new ArrayList<>();
        if (ep != null && ep.getSubsets() != null) {
            for (EndpointSubset subset : ep.getSubsets()) {
                addresses(subset.getAddresses(), ready);
                addresses(subset.getNotReadyAddresses(), notReady);
            }
        }
        ready.forEach(a -> out.line("  ready " + a));
        notReady.forEach(a -> out.line("  not ready " + a));
        if (ready.isEmpty()) {
            out.line("no endpoints: service " + name + " has no ready addresses" + (notReady.isEmpty() ? ""
                    : " (" + notReady.size() + " not ready)"));
            if (selector == null || selector.isEmpty()) {
                out.line("  the service has no selector, so its endpoints are managed by hand");
            } else {
                List<Pod> pods = ctx.client().pods().inNamespace(ns).withLabels(selector).list().getItems();
                long readyPods = pods.stream().filter(p -> ContainerStates.ready(p) > 0
                        && ContainerStates.ready(p) == ContainerStates.main(p).size()).count();
                out.line("  selector " + Text.labels(selector) + " matches " + pods.size() + " pod(s), "
                        + readyPods + " ready");
            }
        }
    }

    private static String targetPort(io.fabric8.kubernetes.api.model.IntOrString port) {
        return port.getStrVal() != null ? port.getStrVal() : String.valueOf(port.getIntVal());
    }

    private static void addresses(List<EndpointAddress> addresses, List<String> into) {
        if (addresses == null) {
            return;
        }
        for (EndpointAddress a : addresses) {
            String target = a.getTargetRef() == null ? "" : " (" + Text.or(a.getTargetRef().getKind(), "?")
                    .toLowerCase(java.util.Locale.ROOT) + " " + a.getTargetRef().getName() + ")";
            into.add(a.getIp() + target + (a.getNodeName() == null ? "" : " on " + a.getNodeName()));
        }
    }
}
