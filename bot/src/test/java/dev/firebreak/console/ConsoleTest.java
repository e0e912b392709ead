package dev.firebreak.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.incident.Incident;
import dev.firebreak.incident.IncidentService;
import dev.firebreak.incident.Severity;
import dev.firebreak.incident.TimelineSource;
import dev.firebreak.support.AppTestBase;
import dev.firebreak.support.DeclarationBuilder;
import dev.firebreak.support.Eventually;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class ConsoleTest extends AppTestBase {
    private static final String HOSTILE = "<script>alert('x')</script> & <img src=x onerror=alert(1)>";

    @Inject
    IncidentService incidents;

    @Inject
    OneTimeLogins onceLinks;

    private Incident declare(String title, Severity severity, String service) {
        return incidents.declare(DeclarationBuilder.byPerson(title, "U0CONSOLE")
                .severity(severity)
                .description("checkout is slow")
                .service(service)
                .build());
    }

    private ConsoleClient signedIn() {
        return new ConsoleClient(server.getPort()).signIn(API_TOKEN);
    }

    @Test
    void pagesNeedASignInAndTheOtherEndpointsAreUnchanged() {
        ConsoleClient anonymous = new ConsoleClient(server.getPort());
        for (String path : List.of("/", "/incidents/1", "/numbers")) {
            HttpResponse<String> answer = anonymous.get(path);
            assertThat(answer.statusCode()).as(path).isEqualTo(303);
            assertThat(answer.headers().firstValue("Location").orElse(""))
                    .as(path)
                    .startsWith("/login?next=");
        }
        assertThat(anonymous.get("/incidents/1/timeline/stream").statusCode()).isEqualTo(401);
        assertThat(anonymous.get("/health").statusCode()).isEqualTo(200);
        assertThat(anonymous.get("/api/incidents").statusCode()).isEqualTo(401);
        assertThat(get("/api/incidents", API_TOKEN).statusCode()).isEqualTo(200);
        // a console session is not an API credential
        assertThat(signedIn().get("/api/incidents").statusCode()).isEqualTo(401);
    }

    @Test
    void signInChecksTheTokenAndTheCsrfField() {
        ConsoleClient browser = new ConsoleClient(server.getPort());
        browser.get("/login");
        assertThat(browser.post("/login", Map.of("token", API_TOKEN, "csrf", "forged", "next", "/"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(browser.post("/login", Map.of("token", API_TOKEN, "next", "/"))
                        .statusCode())
                .isEqualTo(403);
        String wrongTry = ConsoleClient.csrfOf(browser.get("/login").body());
        assertThat(browser.post("/login", Map.of("token", "wrong", "csrf", wrongTry, "next", "/"))
                        .statusCode())
                .isEqualTo(401);
        assertThat(browser.get("/").statusCode()).isEqualTo(303);

        String csrf = ConsoleClient.csrfOf(browser.get("/login").body());
        HttpResponse<String> ok =
                browser.post("/login", Map.of("token", API_TOKEN, "csrf", csrf, "next", "//evil.example/"));
        assertThat(ok.statusCode()).isEqualTo(303);
        assertThat(ok.headers().firstValue("Location")).hasValue("/");
        assertThat(ok.headers().allValues("Set-Cookie"))
                .anySatisfy(c -> assertThat(c).startsWith("firebreak_session=").containsIgnoringCase("HttpOnly"));
        assertThat(browser.get("/").statusCode()).isEqualTo(200);

        // a login form fetched by another browser does not work with this browser's cookie
        String otherCsrf = ConsoleClient.csrfOf(
                new ConsoleClient(server.getPort()).get("/login").body());
        ConsoleClient victim = new ConsoleClient(server.getPort());
        victim.get("/login");
        assertThat(victim.post("/login", Map.of("token", API_TOKEN, "csrf", otherCsrf))
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void aOneTimeLinkSignsInOnce() {
        String link = onceLinks.issuePath();
        ConsoleClient first = new ConsoleClient(server.getPort());
        assertThat(first.get(link).statusCode()).isEqualTo(303);
        assertThat(first.get("/").statusCode()).isEqualTo(200);
        assertThat(new ConsoleClient(server.getPort()).get(link).statusCode()).isEqualTo(401);
    }

    @Test
    void aOneTimeLinkOpensThePageItNamesOnThisServerOnly() {
        ConsoleClient browser = new ConsoleClient(server.getPort());
        assertThat(browser.get(onceLinks.issuePath() + "?next=/numbers")
                        .headers()
                        .firstValue("Location"))
                .hasValue("/numbers");
        assertThat(browser.get(onceLinks.issuePath() + "?next=//evil.example/")
                        .headers()
                        .firstValue("Location"))
                .hasValue("/");
    }

    @Test
    void signOutNeedsTheSessionsCsrfField() {
        ConsoleClient browser = signedIn();
        assertThat(browser.post("/logout", Map.of("csrf", "forged")).statusCode())
                .isEqualTo(403);
        assertThat(browser.get("/").statusCode()).isEqualTo(200);

        String csrf = ConsoleClient.csrfOf(browser.get("/").body());
        assertThat(browser.post("/logout", Map.of("csrf", csrf)).statusCode()).isEqualTo(303);
        assertThat(browser.get("/").statusCode()).isEqualTo(303);
    }

    @Test
    void untrustedTextIsEscapedEverywhere() {
        Incident incident = declare(HOSTILE, Severity.SEV2, "shop");
        incidents.addNote(incident, "note " + HOSTILE, "U0CONSOLE", TimelineSource.SLASH_COMMAND, null, null);
        ConsoleClient browser = signedIn();

        for (String page : List.of(
                browser.get("/").body(),
                browser.get("/incidents/" + incident.id()).body())) {
            assertThat(page)
                    .doesNotContain("<script>alert")
                    .doesNotContain("<img src=x")
                    .contains(
                            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(1)&gt;");
        }
        HttpResponse<String> answer = browser.get("/incidents/" + incident.id());
        assertThat(answer.headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("script-src 'self'");
    }

    @Test
    void theListFiltersAndPages() {
        String tag = "flt" + System.nanoTime();
        declare(tag + " database down", Severity.SEV1, "db-" + tag);
        declare(tag + " slow search", Severity.SEV3, "search-" + tag);
        ConsoleClient browser = signedIn();

        String bySeverity = browser.get("/?q=" + tag + "&severity=sev1").body();
        assertThat(bySeverity).contains(tag + " database down").doesNotContain(tag + " slow search");
        String byService = browser.get("/?service=search-" + tag).body();
        assertThat(byService).contains(tag + " slow search").doesNotContain(tag + " database down");
        String byText = browser.get("/?q=" + tag.toUpperCase() + "+SLOW").body();
        assertThat(byText).contains(tag + " slow search").doesNotContain(tag + " database down");
        assertThat(browser.get("/?q=%25" + tag).body()).contains("No incidents match.");
        assertThat(browser.get("/?status=resolved&q=" + tag).body()).contains("No incidents match.");

        for (int i = 0; i < 30; i++) {
            declare(tag + " paged " + i, Severity.SEV4, "paging-" + tag);
        }
        String first = browser.get("/?service=paging-" + tag).body();
        assertThat(first)
                .contains(tag + " paged 29")
                .doesNotContain(tag + " paged 0<")
                .contains("older →");
        String second = browser.get("/?page=1&service=paging-" + tag).body();
        assertThat(second)
                .contains(tag + " paged 0<")
                .doesNotContain(tag + " paged 29")
                .contains("← newer");
    }

    @Test
    void theIncidentPageShowsItsPartsAndUnknownIncidentsAre404() {
        Incident incident = declare("Checkout errors", Severity.SEV2, "checkout");
        ConsoleClient browser = signedIn();

        String page = browser.get("/incidents/" + incident.id()).body();
        assertThat(page)
                .contains("Checkout errors")
                .contains("commander: U0CONSOLE")
                .contains("Declared sev2")
                .contains("/webjars/htmx.org/2.0.4/dist/htmx.min.js");
        assertThat(browser.get("/incidents/99999999").statusCode()).isEqualTo(404);
        assertThat(browser.get("/webjars/htmx.org/2.0.4/dist/htmx.min.js").statusCode())
                .isEqualTo(200);
        assertThat(browser.get("/webjars/htmx-ext-sse/2.2.2/sse.js").statusCode())
                .isEqualTo(200);
    }

    @Test
    void numbersCountThisWeeksIncidentsInTheTableAndTheCsv() {
        declare("Counted", Severity.SEV4, "numbers");
        ConsoleClient browser = signedIn();
        long sev4ThisWeek = incidents.all().stream()
                .filter(i -> i.severity() == Severity.SEV4)
                .filter(i -> NumbersReport.weekOf(i.createdAt()).equals(NumbersReport.weekOf(java.time.Instant.now())))
                .count();

        HttpResponse<String> csv = browser.get("/numbers.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.body())
                .contains("incidents_by_severity," + NumbersReport.weekOf(java.time.Instant.now())
                        + ",\"sev4\",incidents," + sev4ThisWeek + "\n");
        assertThat(browser.get("/numbers").body())
                .contains("<table id=\"responses\">")
                .contains("sev4");
        assertThat(browser.get("/numbers/data.json").body()).contains("\"bySeverity\"");
    }

    @Test
    void theTimelineStreamSendsNewEntries() throws Exception {
        Incident incident = declare("Live timeline", Severity.SEV3, "live");
        ConsoleClient browser = signedIn();
        long lastShown = incidents.timeline(incident.id()).get(0).id();

        HttpResponse<InputStream> stream = browser.http()
                .send(
                        HttpRequest.newBuilder(URI.create(browser.base() + "/incidents/" + incident.id()
                                        + "/timeline/stream?after=" + lastShown))
                                .build(),
                        HttpResponse.BodyHandlers.ofInputStream());
        assertThat(stream.statusCode()).isEqualTo(200);
        assertThat(stream.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
        List<String> lines = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    lines.add(line);
                }
            } catch (java.io.IOException closed) {
                // the test closes the stream when done
            }
        });
        reader.setDaemon(true);
        reader.start();

        incidents.addNote(incident, "the cache <b>was</b> cold", "U0LIVE", TimelineSource.SLASH_COMMAND, null, null);

        Eventually.await(
                "the note on the stream",
                () -> String.join("\n", lines).contains("the cache &lt;b&gt;was&lt;/b&gt; cold"));
        assertThat(lines).contains("event: entry").noneMatch(l -> l.contains("Declared sev3"));
        stream.body().close();
    }
}
