package dev.firebreak.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.firebreak.incident.Incident;
import dev.firebreak.incident.IncidentRepository;
import dev.firebreak.incident.IncidentService;
import dev.firebreak.incident.Severity;
import dev.firebreak.support.DeclarationBuilder;
import dev.firebreak.support.AppTestBase;
import dev.firebreak.support.Eventually;
import dev.firebreak.support.SlackStub;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A crashed container's log with mentions, links and code fences in it: the runbook thread shows it as text. */
@MicronautTest(transactional = false)
class HostileRunbookOutputTest extends AppTestBase {
    private static final String NS = "hostile";
    private static final String POD = "evil-1";
    private static final Pattern LIVE = Pattern.compile("<!(?!date\\^|subteam\\^)|<https?://");
    private static final String LOG = "2026-11-28T02:58:01Z ERROR <!channel> see <https://evil.example|the fix>\n"
            + "2026-11-28T02:58:02Z ERROR ``` closing the block early, then <!here> and <<!here>>\n"
            + "2026-11-28T02:58:03Z FATAL &lt;!channel&gt; " + "y".repeat(5_000) + "\n";

    @Inject
    IncidentService incidents;

    @Inject
    IncidentRepository incidentRepository;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("firebreak.runbooks.dir", "../runbooks", MockKubernetes.ENABLED, "true");
    }

    @Test
    void runbookOutputIsShownAsTextInsideOneCodeBlock() {
        var k8s = MockKubernetes.client();
        k8s.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(NS).endMetadata().build()).createOr(r -> r.update());
        k8s.pods().inNamespace(NS).resource(new PodBuilder().withNewMetadata().withName(POD).withNamespace(NS).endMetadata()
                .withNewSpec().addNewContainer().withName("api").withImage("evil/api:1").endContainer().endSpec().build())
                .createOr(r -> r.update());
        for (String query : new String[] {"?pretty=false&previous=true&tailLines=100&limitBytes=4194304",
                "?pretty=false&container=api&previous=true&tailLines=100&limitBytes=4194304"}) {
            MockKubernetes.server().expect().get().withPath("/api/v1/namespaces/" + NS + "/pods/" + POD + "/log" + query)
                    .andReturn(200, LOG).always();
        }
        Incident incident = incidents.declare(DeclarationBuilder.byPerson("Evil pod", "U0IC").severity(Severity.SEV2).build());
        Eventually.await("channel", () -> incidentRepository.findById(incident.id()).orElseThrow().headerRef() != null);
        String channel = incidentRepository.findById(incident.id()).orElseThrow().channelId();

        command("diagnose crashloop namespace=" + NS + " pod=" + POD, channel, "U0IC");

        Eventually.await("the log step in the thread", Duration.ofSeconds(60), () -> slack.calls("chat.postMessage").stream()
                .map(SlackStub::form).anyMatch(f -> f.get("thread_ts") != null && f.getOrDefault("text", "").contains("closing the block")));
        for (LoggedRequest r : slack.all()) {
            String text = SlackStub.form(r).getOrDefault("text", "");
            assertThat(LIVE.matcher(text).find()).as(text).isFalse();
            assertThat(text.split("```", -1).length % 2).as("balanced fences in " + text).isEqualTo(1);
        }
        assertThat(slack.calls("chat.postMessage").stream().map(SlackStub::form).map(f -> f.getOrDefault("text", ""))
                .anyMatch(t -> t.contains("&lt;!channel&gt; see &lt;https://evil.example|the fix&gt;"))).isTrue();
    }
}
