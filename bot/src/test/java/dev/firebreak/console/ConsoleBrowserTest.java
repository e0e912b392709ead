package dev.firebreak.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.incident.Incident;
import dev.firebreak.support.DeclarationBuilder;
import dev.firebreak.incident.IncidentService;
import dev.firebreak.incident.Severity;
import dev.firebreak.incident.TimelineKind;
import dev.firebreak.incident.TimelineSource;
import dev.firebreak.support.AppTestBase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console in a real browser: sign-in, list → incident, the live timeline, charts, no console errors. Saves a
 * screenshot of each page under {@code target/screenshots/} and prints the incident page's weight and render time.
 */
@MicronautTest(transactional = false)
class ConsoleBrowserTest extends AppTestBase {
    static final Path SHOTS = Path.of("target", "screenshots");

    @Inject
    IncidentService incidents;

    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeAll
    void startBrowser() {
        if (!Chromium.installed()) {
            System.out.println(Chromium.MISSING);
        }
        Assumptions.assumeTrue(Chromium.installed(), Chromium.MISSING);
        browser = Chromium.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private Incident declare(String title, Severity severity, String service) {
        return incidents.declare(DeclarationBuilder.byPerson(title, "U0ALICE").severity(severity).description("Checkout answers 502 for a third of requests")
                .service(service).build());
    }

    private void signIn() {
        browser.manage().deleteAllCookies();
        browser.get(base() + "/login");
        browser.findElement(By.id("token")).sendKeys(API_TOKEN);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.list")));
    }

    @Test
    void listToIncidentWithALiveTimelineAndNoErrors() {
        declare("Search latency above SLO <em>eu-west</em>", Severity.SEV3, "search");
        Incident incident = declare("Checkout returns 502", Severity.SEV1, "checkout");
        incidents.addNote(incident, "payments pods are crash-looping after the 14:02 deploy", "U0BOB",
                TimelineSource.MENTION, null, null);
        signIn();
        assertThat(browser.findElement(By.cssSelector("table.list")).getText()).contains("Search latency above SLO <em>eu-west</em>");
        screenshot("incidents");

        browser.findElement(By.linkText("Checkout returns 502")).click();
        wait.until(ExpectedConditions.textToBe(By.id("title"), "Checkout returns 502"));
        waitForStream();
        incidents.addNote(incident, "rolled back to 2024.06.3; error rate falling", "U0ALICE",
                TimelineSource.SLASH_COMMAND, null, null);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("timeline"), "rolled back to 2024.06.3"));
        screenshot("incident");

        assertThat(severeConsoleMessages()).isEmpty();
    }

    @Test
    void chartsDrawOnTheNumbersPage() {
        Incident resolved = declare("Queue backlog in billing", Severity.SEV2, "billing");
        incidents.resolve(resolved, "U0ALICE", TimelineSource.SLASH_COMMAND);
        signIn();
        browser.get(base() + "/numbers");
        wait.until(d -> "drawn".equals(d.findElement(By.tagName("body")).getAttribute("data-charts")));
        List<?> inked = (List<?>) ((JavascriptExecutor) browser).executeScript(
                "return Array.from(document.querySelectorAll('.chart canvas')).map(function (c) {"
                        + " var d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data, n = 0;"
                        + " for (var i = 3; i < d.length; i += 4) { if (d[i] > 0) { n++; } } return n; });");
        assertThat(inked).hasSize(5).allSatisfy(pixels -> assertThat(((Number) pixels).longValue()).isPositive());
        assertThat(browser.findElement(By.id("responses")).getText()).contains("sev2");
        screenshot("numbers");
        assertThat(severeConsoleMessages()).isEmpty();
    }

    /** Prints figures for the report; asserts only that the page works with a long timeline. */
    @Test
    void aTimelineOf2000EntriesRenders() {
        Incident incident = declare("Long-running incident", Severity.SEV2, "storage");
        for (int i = 0; i < 2000; i++) {
            incidents.recordSystem(incident.id(), TimelineKind.NOTE, "entry " + i + ": disk pressure on node-" + (i % 17));
        }
        signIn();
        browser.get(base() + "/incidents/" + incident.id());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("timeline"), "entry 1999"));
        JavascriptExecutor js = browser;
        Object fcp = js.executeScript("var p = performance.getEntriesByName('first-contentful-paint')[0]; return p ? p.startTime : null;");
        Object responseEnd = js.executeScript("var n = performance.getEntriesByType('navigation')[0]; return n.responseEnd;");
        Object bytes = js.executeScript("var n = performance.getEntriesByType('navigation')[0]; return n.transferSize;");
        System.out.printf("FIGURE incident page with 2000 timeline entries: first contentful paint %s ms, HTML done %s ms, HTML %s bytes%n",
                fcp, responseEnd, bytes);
        assertThat(browser.findElements(By.cssSelector("#timeline tr"))).hasSizeGreaterThanOrEqualTo(2000);
        assertThat(severeConsoleMessages()).isEmpty();
    }

    @Test
    void incidentPageWeight() {
        Incident incident = declare("Weighed page", Severity.SEV3, "web");
        signIn();
        browser.executeCdpCommand("Network.enable", java.util.Map.of());
        browser.executeCdpCommand("Network.setCacheDisabled", java.util.Map.of("cacheDisabled", true));
        browser.manage().logs().get(LogType.PERFORMANCE); // drop what the sign-in loaded
        browser.get(base() + "/incidents/" + incident.id());
        wait.until(ExpectedConditions.textToBe(By.id("title"), "Weighed page"));
        waitForStream();
        long total = 0;
        for (LogEntry e : browser.manage().logs().get(LogType.PERFORMANCE)) {
            String m = e.getMessage();
            if (m.contains("\"Network.loadingFinished\"")) {
                java.util.regex.Matcher length = java.util.regex.Pattern.compile("\"encodedDataLength\":([0-9.]+)").matcher(m);
                if (length.find()) {
                    total += (long) Double.parseDouble(length.group(1));
                }
            }
        }
        System.out.printf("FIGURE incident page weight: %d bytes transferred (cold cache, stream excluded)%n", total);
        browser.executeCdpCommand("Network.setCacheDisabled", java.util.Map.of("cacheDisabled", false));
        assertThat(total).isPositive();
    }

    private void waitForStream() {
        wait.until(ExpectedConditions.attributeToBe(By.id("live"), "data-state", "open"));
    }

    private List<String> severeConsoleMessages() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }

    private void screenshot(String name) {
        try {
            Files.createDirectories(SHOTS);
            Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), SHOTS.resolve(name + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private String base() {
        return "http://localhost:" + server.getPort();
    }
}
