package dev.firebreak.postmortem;

import dev.firebreak.testdata.TestData;
import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.ValidationReport;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.firebreak.support.SlackSamples;
import java.util.ArrayList;
import java.util.List;

/**
 * Every Jira request a test causes, checked against Atlassian's published Jira Cloud v3 spec in ../shared, as the
 * Jira module's own contract tests do. The 2.4 MB spec takes seconds to parse, so it is read once per JVM.
 */
public final class JiraSpec {
    private static OpenApiInteractionValidator validator;

    private JiraSpec() {}

    public static synchronized OpenApiInteractionValidator validator() {
        if (validator == null) {
            validator = OpenApiInteractionValidator.createForSpecificationUrl(
                    TestData.resolve("specs/jira_cloud_v3.json").toAbsolutePath().toUri().toString()).build();
        }
        return validator;
    }

    public static List<String> violations(List<LoggedRequest> requests) {
        List<String> found = new ArrayList<>();
        for (LoggedRequest logged : requests) {
            String path = logged.getUrl().split("\\?", 2)[0];
            SimpleRequest.Builder b = new SimpleRequest.Builder(logged.getMethod().getName(), path);
            for (HttpHeader h : logged.getHeaders().all()) {
                b.withHeader(h.key(), h.values());
            }
            logged.getQueryParams().forEach((name, p) -> b.withQueryParam(name, p.values()));
            if (logged.getBody() != null && logged.getBody().length > 0) {
                b.withBody(logged.getBodyAsString());
            }
            validator().validateRequest(b.build()).getMessages().stream()
                    .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                    .forEach(m -> found.add(logged.getMethod() + " " + path + ": " + m.getKey() + ": " + m.getMessage()));
        }
        return found;
    }
}
