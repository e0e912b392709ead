package dev.firebreak.runbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** runbooks/runbook.schema.json (for editors and CI) agrees with the shipped runbooks and with the loader. */
class RunbookSchemaTest {
    private static final Path SCHEMA = ShippedRunbooksTest.SHIPPED.resolve("runbook.schema.json");
    private static final Path INVALID = Path.of("src/test/resources/runbooks-invalid");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static JsonNode schemaJson;
    private static JsonSchema schema;

    @BeforeAll
    static void loadSchema() throws IOException {
        schemaJson = new ObjectMapper().readTree(SCHEMA.toFile());
        schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(schemaJson);
    }

    private static Set<ValidationMessage> validate(Path yaml) throws IOException {
        return schema.validate(YAML.readTree(yaml.toFile()));
    }

    @Test
    void everyShippedRunbookMatchesTheSchema() throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(ShippedRunbooksTest.SHIPPED)) {
            files = listing.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertThat(files).hasSize(8);
        for (Path file : files) {
            assertThat(validate(file)).as(file.toString()).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        unknown-action/oom.yaml          | $.steps[0].action  | oom.yaml:12:13: step "logs": action "log" is unknown (did you mean "logs"?)
        mutating-unapproved/restart.yaml | requiresApproval   | restart.yaml:16:13: step "restart": action "rollout-restart" changes the cluster, so the step needs requiresApproval: true
        unknown-arg/pods.yaml            | command            | pods.yaml:17:7: step "pods": action "pods": unknown argument "command"
        unknown-arg/pods.yaml            | pattern            | pods.yaml:9:5: parameter "query": string parameters need a pattern (no free text)
        """)
    void invalidFixturesAreRefusedByTheSchemaAndByTheLoader(String file, String schemaSays, String loaderSays)
            throws IOException {
        Path path = INVALID.resolve(file);
        assertThat(validate(path)).as("schema").isNotEmpty()
                .anySatisfy(m -> assertThat(m.getMessage()).contains(schemaSays));
        assertThatThrownBy(() -> RunbookCatalog.load(path.getParent())).isInstanceOfSatisfying(
                RunbookValidationException.class, e -> assertThat(e.errors()).anySatisfy(
                        line -> assertThat(line).startsWith(path.getParent().resolve(loaderSays.split(":")[0])
                                + loaderSays.substring(loaderSays.indexOf(':')))));
    }

    @Test
    void theSchemaKnowsExactlyTheCatalogsActionsAndArguments() {
        JsonNode step = schemaJson.at("/definitions/step");
        List<String> actions = new ArrayList<>();
        step.at("/properties/action/enum").forEach(a -> actions.add(a.asText()));
        assertThat(actions).containsExactlyElementsOf(ActionCatalog.ids());
        List<String> mutating = new ArrayList<>();
        step.at("/allOf/0/if/properties/action/enum").forEach(a -> mutating.add(a.asText()));
        assertThat(mutating).containsExactlyInAnyOrderElementsOf(
                ActionCatalog.ids().stream().filter(ActionCatalog::isMutating).toList());
        for (JsonNode rule : step.get("allOf")) {
            String action = rule.at("/if/properties/action/const").asText(null);
            if (action == null) continue;
            ActionCatalog.ActionSpec spec = ActionCatalog.find(action).orElseThrow();
            List<String> args = new ArrayList<>();
            rule.at("/then/properties/args/propertyNames/enum").forEach(a -> args.add(a.asText()));
            assertThat(args).as(action).containsExactlyInAnyOrderElementsOf(spec.args().keySet());
            List<String> required = new ArrayList<>();
            rule.at("/then/properties/args/required").forEach(a -> required.add(a.asText()));
            assertThat(required).as(action).containsExactlyInAnyOrderElementsOf(spec.args().values().stream()
                    .filter(ActionCatalog.ArgSpec::required).map(ActionCatalog.ArgSpec::name).toList());
        }
    }

    @Test
    void theSchemaKnowsExactlyTheParameterTypes() {
        List<String> types = new ArrayList<>();
        schemaJson.at("/definitions/parameter/properties/type/enum").forEach(t -> types.add(t.asText()));
        assertThat(types).containsExactlyElementsOf(ParameterType.yamlNames());
    }
}
