package dev.firebreak.integrations.pagerduty;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.firebreak.testdata.TestData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Checks requests WireMock received against PagerDuty's published OpenAPI spec from ../shared. */
final class PagerDutyContract {
    static final Path SPEC = TestData.resolve("specs/pagerduty_rest_openapiv3.json");

    /**
     * Spec quirks, not our bugs. PagerDuty's spec requires {@code Accept: application/vnd.pagerduty+json;version=2}
     * as a header parameter, yet declares every response as {@code application/json}, so the validator's Accept
     * negotiation check can never pass for a correct client.
     */
    private static final Set<String> IGNORED_KEYS = Set.of("validation.request.accept.notAllowed");

    /**
     * The spec's schema for responder request targets is {@code {id, type}}, yet the real API answers 2100 Not Found
     * to that and wants each target wrapped in {@code responder_request_target}, as the spec's own example shows
     * (PagerDuty support, via go-pagerduty PR #328 and issue #451). Only that wrapper property is forgiven.
     */
    private static boolean isResponderTargetWrapper(ValidationReport.Message message) {
        return message.getKey().equals("validation.request.body.schema.additionalProperties")
                && message.getMessage().matches("\\[Path '/responder_request_targets/\\d+'\\] .*\\[\"responder_request_target\"\\]");
    }

    private static OpenApiInteractionValidator validator;

    private PagerDutyContract() {}

    /** The spec is 2.7 MB; it is parsed once per JVM. */
    static synchronized OpenApiInteractionValidator validator() {
        if (validator == null) {
            validator = OpenApiInteractionValidator.createForInlineApiSpecification(normalizedSpec()).build();
        }
        return validator;
    }

    private static String normalizedSpec() {
        try {
            com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
            JsonNode spec = json.readTree(SPEC.toFile());
            SpecRefInliner.inline(spec);
            return json.writeValueAsString(spec);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + SPEC, e);
        }
    }

    /** The spec violations of {@code request}, one line each; empty when it conforms. */
    static List<String> violations(LoggedRequest request) {
        ValidationReport report = validator().validateRequest(toValidatorRequest(request));
        return report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .filter(m -> !IGNORED_KEYS.contains(m.getKey()) && !isResponderTargetWrapper(m))
                .map(m -> request.getMethod() + " " + request.getUrl() + ": " + m.getKey() + ": " + m.getMessage())
                .collect(Collectors.toList());
    }

    private static Request toValidatorRequest(LoggedRequest logged) {
        String path = logged.getUrl().split("\\?", 2)[0];
        SimpleRequest.Builder builder = new SimpleRequest.Builder(logged.getMethod().getName(), path);
        for (HttpHeader header : logged.getHeaders().all()) {
            builder.withHeader(header.key(), header.values());
        }
        logged.getQueryParams().forEach((name, param) -> builder.withQueryParam(name, param.values()));
        if (logged.getBody() != null && logged.getBody().length > 0) {
            builder.withBody(logged.getBodyAsString());
        }
        return builder.build();
    }
}
