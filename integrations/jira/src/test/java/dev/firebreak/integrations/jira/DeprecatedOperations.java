package dev.firebreak.integrations.jira;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** The operations an OpenAPI spec marks {@code deprecated: true}, matched against concrete request paths. */
final class DeprecatedOperations {
    private record Operation(String method, String template, Pattern path) {}

    private final List<Operation> operations;
    private final List<String> literalPaths;

    private DeprecatedOperations(List<Operation> operations, List<String> literalPaths) {
        this.operations = operations;
        this.literalPaths = literalPaths;
    }

    static DeprecatedOperations read(Path spec) {
        JsonNode paths;
        try {
            paths = JiraWireMockTest.JSON.readTree(spec.toFile()).get("paths");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + spec, e);
        }
        List<Operation> operations = new ArrayList<>();
        List<String> literals = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            if (!path.getKey().contains("{")) {
                literals.add(path.getKey());
            }
            Pattern pattern = Pattern.compile(
                    Pattern.quote(path.getKey()).replaceAll("\\{[^}/]+}", "\\\\E[^/]+\\\\Q"));
            path.getValue().fields().forEachRemaining(op -> {
                if (op.getValue().path("deprecated").asBoolean(false)) {
                    operations.add(new Operation(op.getKey().toUpperCase(Locale.ROOT), path.getKey(), pattern));
                }
            });
        }
        return new DeprecatedOperations(operations, literals);
    }

    boolean contains(String method, String path) {
        // A literal path wins over a template, as in routing: /issue/createmeta is not /issue/{issueIdOrKey}.
        boolean literal = literalPaths.contains(path);
        return operations.stream().anyMatch(op -> op.method().equals(method.toUpperCase(Locale.ROOT))
                && (literal ? op.template().equals(path) : op.path().matcher(path).matches()));
    }
}
