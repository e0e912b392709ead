package dev.firebreak.integrations.jira;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.ValidationReport;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.firebreak.testdata.TestData;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks requests WireMock received against Atlassian's published Jira Cloud v3 spec from ../shared. The whole spec
 * (2.4 MB, every path we call, including {@code /user/search} that the subset lacks) parses without patching in about
 * four seconds, so it is read once per JVM and nothing is inlined or ignored. The validator does not object to
 * operations the spec marks {@code deprecated} (such as {@code /rest/api/3/search}, being removed), so that is
 * checked here as well.
 */
final class JiraContract {
    static final Path SPEC = TestData.resolve("specs/jira_cloud_v3.json");

    private static OpenApiInteractionValidator validator;
    private static DeprecatedOperations deprecated;

    private JiraContract() {}

    static synchronized OpenApiInteractionValidator validator() {
        if (validator == null) {
            validator = OpenApiInteractionValidator.createForSpecificationUrl(SPEC.toUri().toString()).build();
            deprecated = DeprecatedOperations.read(SPEC);
        }
        return validator;
    }

    /** The spec violations of {@code request}, one line each; empty when it conforms. */
    static List<String> violations(LoggedRequest request) {
        return violations(toValidatorRequest(request));
    }

    static List<String> violations(Request request) {
        ValidationReport report = validator().validateRequest(request);
        List<String> found = new ArrayList<>(report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .map(m -> request.getMethod() + " " + request.getPath() + ": " + m.getKey() + ": " + m.getMessage())
                .toList());
        if (deprecated.contains(request.getMethod().name(), request.getPath())) {
            found.add(request.getMethod() + " " + request.getPath() + ": the spec marks this operation deprecated");
        }
        return found;
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
