package dev.firebreak.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.support.AppTestBase;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;

/** A normal start has none of the demo: no emulated vendors, no demo routes, no mock cluster. */
@MicronautTest(transactional = false)
class DemoOffByDefaultTest extends AppTestBase {
    @Inject
    ApplicationContext context;

    @Test
    void noDemoBeanIsActive() {
        assertThat(context.getAllBeanDefinitions())
                .filteredOn(d -> d.getBeanType() != DemoOffByDefaultTest.class)
                .noneMatch(d -> d.getBeanType().getPackageName().equals(DemoRun.class.getPackageName()));
        assertThat(context.findBean(SlackWorkspace.class)).isEmpty();
        assertThat(context.findBean(io.fabric8.kubernetes.client.server.mock.KubernetesMockServer.class))
                .isEmpty();
    }

    @Test
    void theEmulatedVendorsAreNotRouted() {
        for (String path : new String[] {
            "/demo/slack/api/auth.test", "/demo/pagerduty/incidents/P1/notes", "/demo/jira/rest/api/3/issue"
        }) {
            assertThat(send(HttpRequest.newBuilder(uri(path))
                                    .POST(HttpRequest.BodyPublishers.ofString("{}"))
                                    .header("Content-Type", "application/json"))
                            .statusCode())
                    .as(path)
                    .isEqualTo(404);
        }
        assertThat(get("/demo/jira/rest/api/3/myself", null).statusCode()).isEqualTo(404);
    }
}
