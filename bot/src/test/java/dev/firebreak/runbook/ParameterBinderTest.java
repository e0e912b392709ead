package dev.firebreak.runbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Values from users and alert labels are hostile until checked. */
class ParameterBinderTest {
    private static final String YAML = String.join("\n",
            "id: bind",
            "title: Binding",
            "description: Every parameter type.",
            "clusters: [prod-eu-1, staging]",
            "parameters:",
            "  - { name: namespace, type: namespace, required: true, allowed: [payments, checkout], fromLabel: namespace }",
            "  - { name: deployment, type: deployment, fromLabel: deployment }",
            "  - { name: selector, type: labelSelector }",
            "  - { name: since, type: duration, default: 1h }",
            "  - { name: lines, type: integer, min: 1, max: 500, default: 100 }",
            "  - { name: kind, type: string, pattern: '^[A-Z][a-z]+$' }",
            "  - { name: cluster, type: string, pattern: '^[a-z0-9-]+$', fromLabel: cluster }",
            "steps:",
            "  - { id: pods, title: Pods, action: pods,",
            "      args: { namespace: '${namespace}', deployment: '${deployment}', selector: '${selector}' } }",
            "  - { id: logs, title: Logs, action: logs,",
            "      args: { namespace: '${namespace}', deployment: '${deployment}', tailLines: '${lines}',"
                    + " previous: true } }",
            "  - { id: events, title: Events, action: events,",
            "      args: { namespace: '${namespace}', kind: '${kind}', since: '${since}' } }",
            "");

    private static Runbook runbook;

    @BeforeAll
    static void load(@TempDir Path dir) throws RunbookValidationException {
        runbook = RunbookFixtures.loadOne(dir, "bind", YAML);
    }

    private static BoundParameters bind(Map<String, String> given) throws ParameterException {
        return ParameterBinder.bind(runbook, given, Map.of());
    }

    private static Map<String, String> with(String name, String value) {
        Map<String, String> given = new HashMap<>(Map.of("namespace", "payments", "deployment", "web"));
        given.put(name, value);
        return given;
    }

    private static String refusal(Map<String, String> given, Map<String, String> labels) {
        try {
            ParameterBinder.bind(runbook, given, labels);
        } catch (ParameterException e) {
            return e.getMessage();
        }
        throw new AssertionError("bound " + given + " / " + labels);
    }

    @Test
    void substitutesValuesIntoStepArgsAndDropsUnsetOptionalOnes() throws Exception {
        BoundParameters bound = bind(Map.of("namespace", "payments", "deployment", "web"));
        assertThat(bound.argsFor("pods")).containsExactly(Map.entry("namespace", "payments"),
                Map.entry("deployment", "web"));
        assertThat(bound.argsFor("logs")).containsExactly(Map.entry("namespace", "payments"),
                Map.entry("deployment", "web"), Map.entry("tailLines", "100"), Map.entry("previous", "true"));
        assertThat(bound.argsFor("events")).containsExactly(Map.entry("namespace", "payments"),
                Map.entry("since", "1h"));
        assertThat(bound.values()).containsOnlyKeys("namespace", "deployment", "since", "lines");
        assertThat(bound.cluster()).isEmpty();
    }

    @Test
    void givenValuesWinOverAlertLabelsWhichWinOverDefaults() throws Exception {
        Map<String, String> labels = Map.of("namespace", "checkout", "deployment", "api", "cluster", "staging");
        BoundParameters fromLabels = ParameterBinder.bind(runbook, Map.of(), labels);
        assertThat(fromLabels.values()).containsEntry("namespace", "checkout").containsEntry("deployment", "api")
                .containsEntry("since", "1h");
        assertThat(fromLabels.cluster()).contains("staging");
        BoundParameters given = ParameterBinder.bind(runbook, Map.of("namespace", "payments", "since", "30m"),
                labels);
        assertThat(given.values()).containsEntry("namespace", "payments").containsEntry("since", "30m");
    }

    @Test
    void unknownMissingAndOversizedValuesAreRefusedWithClearMessages() {
        assertThat(refusal(Map.of("namespace", "payments", "nmespace", "x"), Map.of()))
                .isEqualTo("unknown parameter nmespace for runbook bind; valid: namespace, deployment, selector, "
                        + "since, lines, kind, cluster");
        assertThat(refusal(Map.of(), Map.of())).isEqualTo(
                "missing required parameter namespace for runbook bind (give it as namespace=...)");
        assertThat(refusal(with("deployment", "a".repeat(254)), Map.of())).endsWith("is longer than 253 characters");
        assertThat(refusal(with("deployment", ""), Map.of())).isEqualTo("deployment \"\" is empty");
    }

    @Test
    void aNamespaceOutsideTheAllowlistIsRefused() {
        assertThat(refusal(with("namespace", "kube-system"), Map.of())).isEqualTo(
                "namespace kube-system is not one this runbook may look at; allowed: payments, checkout");
        assertThat(refusal(Map.of(), Map.of("namespace", "kube-system"))).startsWith(
                "namespace kube-system (from the incident's alert label namespace; give namespace=... instead) is not"
                        + " one this runbook may look at");
    }

    @Test
    void aClusterOutsideTheRunbooksClustersIsRefused() {
        assertThat(refusal(with("cluster", "prod-us-1"), Map.of())).isEqualTo(
                "cluster prod-us-1 is not one runbook bind may run against; allowed: prod-eu-1, staging");
    }

    @ParameterizedTest
    @ValueSource(strings = {"default; rm -rf /", "../", "..", "$(id)", "`id`", "web\nkube-system", "web\r", "web ",
            "Web", "web_app", "-web", "web-", "web..x", "wеb" /* Cyrillic e */, "ｗｅｂ", "web\u200b", "web%0a",
            "web/../../etc", "web\u0000", "'web'", "\"web\"", "web;id", "web|id", "web&&id", "${namespace}"})
    void hostileNamesAreRefused(String value) {
        String message = refusal(with("deployment", value), Map.of());
        assertThat(message).startsWith("deployment ");
        // shown escaped: nothing that could break a log line or render as chat markup
        assertThat(message).doesNotContain("\n", "\r", "`", "$(", "\u0000", ";", "|", "&");
    }

    @ParameterizedTest
    @ValueSource(strings = {"default; rm -rf /", "payments\nkube-system", "pаyments" /* Cyrillic a */,
            "$(id)", "`id`", "../payments"})
    void hostileNamespacesAreRefusedEvenFromAlertLabels(String value) {
        assertThat(refusal(Map.of(), Map.of("namespace", value))).startsWith("namespace ")
                .contains("from the incident's alert label");
    }

    @ParameterizedTest
    @ValueSource(strings = {"app=x,foo=bar;rm -rf /", "app=x) or (1=1", "app = x", "app=x y", "app=\"x\"",
            "app='x'", "../", "app=../etc", "app in ()", "app in (a,(b))", "app=x,", ",app=x", "app=$(id)",
            "app=`id`", "app=x\nfoo=y", "аpp=x", "app in(a)", "app  in (a)", "app=", "app=x=y", "!app=x",
            "app in (a) or x", "app=x||y", "app=\\x"})
    void hostileLabelSelectorsAreRefused(String value) {
        assertThat(refusal(with("selector", value), Map.of())).startsWith("selector ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"app=web", "app==web", "app!=web", "tier in (a,b)", "tier in (a, b)", "env notin (dev)",
            "app", "!canary", "app.kubernetes.io/name=web,tier in (frontend,backend),!canary", "version=v1.2.3_rc-1"})
    void wellFormedLabelSelectorsAreAccepted(String value) throws Exception {
        assertThat(bind(with("selector", value)).argsFor("pods")).containsEntry("selector", value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"25h", "0s", "1d", "1h30m", "-1h", " 1h", "1H", "１h", "h", "1000000h", "90000s"})
    void badDurationsAreRefused(String value) {
        assertThat(refusal(with("since", value), Map.of())).startsWith("since ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "501", "1e3", "+5", "-1", "5 ", "٣", "99999999999999999999", "0x10", "10.0"})
    void badIntegersAreRefused(String value) {
        assertThat(refusal(with("lines", value), Map.of())).startsWith("lines ");
    }

    @Test
    void integersWithinRangeAndDurationsUpToADayAreAccepted() throws Exception {
        assertThat(bind(with("lines", "500")).argsFor("logs")).containsEntry("tailLines", "500");
        assertThat(bind(with("since", "24h")).argsFor("events")).containsEntry("since", "24h");
        assertThat(bind(with("since", "86400s")).argsFor("events")).containsEntry("since", "86400s");
    }

    @ParameterizedTest
    @ValueSource(strings = {"pod", "Pod;", "Pod\n", "Pod\nDeployment", "Pód"})
    void stringsMustMatchTheirPatternFully(String value) {
        assertThat(refusal(with("kind", value), Map.of())).startsWith("kind ");
    }

    @Test
    void aStringThatMatchesItsPatternIsCheckedAgainstTheArgumentToo() throws Exception {
        assertThat(bind(with("kind", "Deployment")).argsFor("events")).containsEntry("kind", "Deployment");
    }

    @Test
    void messagesEscapeWhatTheyEcho() {
        assertThat(refusal(with("deployment", "`rm -rf /`\n<!channel>"), Map.of()))
                .startsWith("deployment \"\\u0060rm -rf /\\u0060\\u000a\\u003c!channel\\u003e\" ");
        assertThatThrownBy(() -> bind(Map.of("namespace", "payments", "x\ny", "1")))
                .hasMessageContaining("unknown parameter \"x\\u000ay\"");
    }

    @Test
    void anEmptyAlertLabelCountsAsAbsent() {
        assertThat(refusal(Map.of(), Map.of("namespace", ""))).startsWith("missing required parameter namespace");
    }
}
