/**
 * What every vendor REST client shares: the request loop ({@link dev.firebreak.integrations.http.VendorHttp}), which
 * answers are retried and how long to wait between attempts (doubling, with jitter, honouring {@code Retry-After}),
 * what an unknown outcome means for a write, one failure base ({@link dev.firebreak.integrations.http.VendorCallException})
 * and a listener told how each call ended. OkHttp only; no Micronaut HTTP, no metrics library.
 */
package dev.firebreak.integrations.http;
