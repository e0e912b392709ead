package dev.firebreak.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.firebreak.incident.FailureId;
import dev.firebreak.support.AppTestBase;
import dev.firebreak.support.CapturedLog;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@MicronautTest(transactional = false)
class RefusalsOverHttpTest extends AppTestBase {

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("firebreak.test.refusing-controller", "true");
    }

    @ParameterizedTest
    @CsvSource({"INVALID, 400", "NOT_ALLOWED, 403", "NOT_FOUND, 404", "NOT_POSSIBLE, 409"})
    void eachKindOfRefusalIsA4xxWithWhatWhyAndWhatToDo(String kind, int status) {
        HttpResponse<String> r = get("/api/test-refusals/" + kind, API_TOKEN);

        assertThat(r.statusCode()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        JsonObject body = JsonParser.parseString(r.body()).getAsJsonObject();
        assertThat(body.get("what").getAsString()).isEqualTo("Do the thing");
        assertThat(body.get("why").getAsString()).isEqualTo("It cannot be done now.");
        assertThat(body.get("todo").getAsString()).isEqualTo("Try later.");
        assertThat(body.get("message").getAsString()).isEqualTo("Do the thing: It cannot be done now. Try later.");
    }

    @Test
    void aRealRefusalFromTheDomainReadsTheSameWay() {
        HttpResponse<String> r = get("/api/actions?status=later", API_TOKEN);

        assertThat(r.statusCode()).isEqualTo(400);
        JsonObject body = JsonParser.parseString(r.body()).getAsJsonObject();
        assertThat(body.get("why").getAsString()).contains("`later` is not a status");
        assertThat(body.get("todo").getAsString()).contains("open, overdue or done");
    }

    @Test
    void anUnexpectedFailureShowsOnlyAnIdThatTheLogHas() {
        HttpResponse<String> r;
        try (CapturedLog log = new CapturedLog(FailureId.class)) {
            r = get("/api/test-refusals/library-failure", API_TOKEN);

            assertThat(r.statusCode()).isEqualTo(500);
            assertThat(r.body())
                    .doesNotContain("jdbc")
                    .doesNotContain("refused")
                    .doesNotContain("IllegalState");
            Matcher id = Pattern.compile("Something went wrong \\(id ([0-9a-f]{8})\\)")
                    .matcher(r.body());
            assertThat(id.find()).as(r.body()).isTrue();
            assertThat(log.lines())
                    .anySatisfy(line -> assertThat(line)
                            .contains(id.group(1))
                            .contains("GET /api/test-refusals/library-failure")
                            .contains("jdbc:postgresql://db.internal"));
        }
    }
}
