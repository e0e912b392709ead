package dev.firebreak.runbook;

import static dev.firebreak.runbook.RunbookFixtures.VALID;
import static dev.firebreak.runbook.RunbookFixtures.errorsOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each case turns the valid fixture invalid with one textual edit and expects one error at a file, line and column.
 * Lines of {@link RunbookFixtures#VALID}: 1 id, 4 clusters, 6-12 parameters, 14-17 step pods, 18-22 step events.
 */
class RunbookValidationTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        unknown top-level key      | 'steps:'          | 'owner: me\\nsteps:'          | demo.yaml:13:1: unknown key "owner"
        top-level key typo         | 'title: Demo'     | 'titel: Demo'                 | demo.yaml:2:1: unknown key "titel" (did you mean "title"?)
        missing required key       | 'title: Demo\\n'  | ''                            | demo.yaml:1:1: missing required key "title"
        id is not the file name    | 'id: demo'        | 'id: demo2'                   | demo.yaml:1:5: id "demo2" must equal the file name "demo"
        id with bad characters     | 'id: demo'        | 'id: Demo_1'                  | demo.yaml:1:5: id Demo_1 must be lower-case letters
        clusters empty             | 'clusters: ["*"]' | 'clusters: []'                | demo.yaml:4:11: clusters is empty
        clusters star and names    | 'clusters: ["*"]' | 'clusters: ["*", prod]'       | demo.yaml:4:11: clusters: "*" already means every allowed cluster
        cluster with a space       | 'clusters: ["*"]' | 'clusters: ["prod eu"]'       | demo.yaml:4:12: cluster "prod eu" is not a context name
        bad parameter name         | '- name: deployment' | '- name: Deploy-x'         | demo.yaml:10:11: parameter name Deploy-x must start with a lower-case letter
        unknown parameter type     | 'type: deployment'   | 'type: deploymnt'          | demo.yaml:11:11: parameter "deployment": type "deploymnt" is unknown (did you mean "deployment"?)
        unknown parameter key      | 'fromLabel: deployment' | 'fromlabel: deployment' | demo.yaml:12:5: parameter "deployment": unknown key "fromlabel" (did you mean "fromLabel"?)
        required not a boolean     | 'required: true'  | 'required: yes'               | demo.yaml:8:15: parameter "namespace": required must be true or false
        bad fromLabel              | 'fromLabel: deployment' | 'fromLabel: dep-loyment' | demo.yaml:12:16: parameter "deployment": fromLabel dep-loyment is not an alert label name
        string without pattern     | 'type: deployment'   | 'type: string'             | demo.yaml:10:5: parameter "deployment": string parameters need a pattern (no free text)
        pattern on non-string      | 'type: deployment'   | 'type: deployment\\n    pattern: "^a$"' | demo.yaml:12:14: parameter "deployment": pattern applies to string parameters only
        pattern does not compile   | 'type: deployment'   | 'type: string\\n    pattern: "([a-z"' | demo.yaml:12:14: parameter "deployment": pattern does not compile: Unclosed character class
        default fails its type     | 'type: deployment'   | 'type: deployment\\n    default: Web_App' | demo.yaml:12:14: parameter "deployment": default Web_App is not a valid deployment name
        default outside allowed    | 'type: namespace'    | 'type: namespace\\n    allowed: [payments]\\n    default: checkout' | demo.yaml:9:14: parameter "namespace": default checkout is not one this runbook may look at; allowed: payments
        allowed on a non-name type | 'type: deployment'   | 'type: duration\\n    allowed: [1h]' | demo.yaml:12:14: parameter "deployment": allowed applies to Kubernetes name types only
        parameter declared twice   | '- name: deployment' | '- name: namespace'        | demo.yaml:10:5: parameter "namespace" is declared twice
        unknown action             | 'action: events'  | 'action: event'               | demo.yaml:20:13: step "events": action "event" is unknown (did you mean "events"?)
        argument not accepted      | 'since: 1h'       | 'sinse: 1h'                   | demo.yaml:21:40: step "events": action "events": unknown argument "sinse" (did you mean "since"?)
        undeclared parameter       | '"${deployment}"' | '"${deploymnt}"'              | demo.yaml:17:52: step "pods": argument deployment references ${deploymnt}, which is not a declared parameter (did you mean "deployment"?)
        interpolation in a literal | '"${deployment}"' | '"web-${deployment}"'         | demo.yaml:17:52: step "pods": argument deployment must be a literal or exactly ${parameter}, not a mix
        parameter of the wrong type| 'type: deployment'   | 'type: duration'           | demo.yaml:17:52: step "pods": argument deployment takes a deployment, but parameter "deployment" is of type duration
        literal fails its syntax   | 'since: 1h'       | 'since: 48h'                  | demo.yaml:21:47: step "events": argument since 48h is longer than 24h
        required argument missing  | 'args: { namespace: "${namespace}", since: 1h }' | 'args: { since: 1h }' | demo.yaml:21:11: step "events": action "events" needs argument "namespace"
        dependsOn unknown step     | 'dependsOn: [pods]' | 'dependsOn: [pod]'          | demo.yaml:22:17: step "events": dependsOn "pod" is not a step of this runbook (did you mean "pods"?)
        dependsOn itself           | 'dependsOn: [pods]' | 'dependsOn: [events]'       | demo.yaml:22:17: step "events": a step cannot depend on itself
        dependsOn cycle            | 'action: pods'    | 'action: pods\\n    dependsOn: [events]' | demo.yaml:17:17: step "pods": dependsOn makes a cycle: pods -> events -> pods
        duplicate step id          | '- id: events'    | '- id: pods'                  | demo.yaml:18:5: step id "pods" is used twice
        mutating without approval  | 'action: events\\n    args: { namespace: "${namespace}", since: 1h }' | 'action: scale\\n    args: { namespace: "${namespace}", deployment: "${deployment}", replicas: 2 }' | demo.yaml:20:13: step "events": action "scale" changes the cluster, so the step needs requiresApproval: true
        approval without approvers | 'dependsOn: [pods]' | 'dependsOn: [pods]\\n    requiresApproval: true' | demo.yaml:1:1: some steps need approval, but approvers names no one who may give it
        allowed lists no one       | 'steps:'          | 'allowed: { users: [], groups: [] }\\nsteps:' | demo.yaml:13:10: allowed lists no users and no groups
        allowed with a bad user id | 'steps:'          | 'allowed: { users: [bob] }\\nsteps:' | demo.yaml:13:20: bob is not a Slack user id
        duplicate key              | 'title: Demo'     | 'title: Demo\\ntitle: Again'   | demo.yaml:3:1: key "title" appears twice
        anchors and aliases        | 'description: A small' | 'description: &d A small' | demo.yaml:3:14: anchors and aliases (&d) are not allowed
        custom tag                 | 'title: Demo'     | 'title: !shell Demo'          | demo.yaml:2:8: YAML tag !shell is not allowed
        merge key                  | 'steps:'          | 'base: { a: 1 }\\n<<: {}\\nsteps:' | demo.yaml:14:1: YAML tag !!merge is not allowed
        global tag                 | 'title: Demo'     | 'title: !!python/object:os.system Demo' | demo.yaml:2:8: not valid YAML: Global tag is not allowed
        broken YAML                | 'title: Demo'     | 'title: [Demo'                | demo.yaml:3:12: not valid YAML: expected ',' or ']'
        """)
    void refusesWithFileLineColumnAndReason(String name, String find, String replace, String expected) {
        String yaml = edit(VALID, find, replace);
        List<String> errors = errorsOf(dir, yaml);
        assertThat(errors).anySatisfy(e -> assertThat(e).startsWith(dir.resolve(expected.split(":")[0]) + ":")
                .contains(expected.substring(expected.indexOf(':'))));
    }

    private static String edit(String yaml, String find, String replace) {
        String f = find.replace("\\n", "\n");
        assertThat(yaml).as("fixture contains the text to edit").contains(f);
        return yaml.replaceFirst(java.util.regex.Pattern.quote(f),
                java.util.regex.Matcher.quoteReplacement(replace.replace("\\n", "\n")));
    }
}
