package dev.firebreak.ops;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.core.annotation.Nullable;

/** Once shutdown starts, a webhook delivery is refused with 503 before it is stored, so its sender retries elsewhere. */
@ServerFilter("/webhooks/**")
class DrainingWebhookFilter {
    private final Draining draining;

    DrainingWebhookFilter(Draining draining) {
        this.draining = draining;
    }

    @RequestFilter
    @Nullable
    MutableHttpResponse<?> refuseWhileDraining(HttpRequest<?> request) {
        if (!draining.active()) {
            return null;
        }
        return HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "5")
                .body("Firebreak is shutting down on this replica; retry");
    }
}
