package dev.firebreak.integrations.kubernetes;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Quantity;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * {@code pvcs}: each claim's phase, storage class, requested and bound size, volume, and its Warning events
 * (ProvisioningFailed, FailedBinding...), which say why a claim stays Pending.
 */
final class PvcsAction implements Action {

    @Override
    public String name() {
        return "pvcs";
    }

    @Override
    public void run(ActionContext ctx, Output out) {
        String ns = ctx.namespace();
        var op = ctx.client().persistentVolumeClaims().inNamespace(ns);
        List<PersistentVolumeClaim> claims;
        if (ctx.name("pvc").isPresent()) {
            PersistentVolumeClaim pvc = op.withName(ctx.name("pvc").get()).get();
            if (pvc == null) {
                out.line("pvc " + ctx.name("pvc").get() + " not found in namespace " + ns);
                return;
            }
            claims = List.of(pvc);
        } else {
            claims = op.list().getItems().stream().sorted(Comparator.comparing(c -> c.getMetadata().getName()))
                    .toList();
        }
        if (claims.isEmpty()) {
            out.line("no PersistentVolumeClaims in namespace " + ns);
            return;
        }
        List<Event> warnings = Events.of(ctx, ns).stream().filter(e -> "Warning".equals(e.getType())).toList();
        for (PersistentVolumeClaim pvc : claims) {
            String name = pvc.getMetadata().getName();
            var spec = pvc.getSpec();
            Map<String, Quantity> requests = spec.getResources() == null ? null : spec.getResources().getRequests();
            Map<String, Quantity> capacity = pvc.getStatus() == null ? null : pvc.getStatus().getCapacity();
            out.line("pvc " + name + " phase=" + (pvc.getStatus() == null ? "Unknown"
                    : Text.or(pvc.getStatus().getPhase(), "Unknown"))
                    + " class=" + Text.or(spec.getStorageClassName(), "-")
                    + " requested=" + (requests == null ? "-" : Text.or(requests.get("storage"), "-"))
                    + " capacity=" + (capacity == null ? "-" : Text.or(capacity.get("storage"), "-"))
                    + " volume=" + Text.or(spec.getVolumeName(), "-")
                    + " access=" + (spec.getAccessModes() == null ? "-" : String.join(",", spec.getAccessModes()))
                    + " age=" + Text.age(pvc.getMetadata().getCreationTimestamp(), ctx.now()));
            warnings.stream().filter(e -> Events.about(e, "PersistentVolumeClaim", name))
                    .forEach(e -> out.line("  " + Events.format(e, ctx.now())));
        }
    }
}
