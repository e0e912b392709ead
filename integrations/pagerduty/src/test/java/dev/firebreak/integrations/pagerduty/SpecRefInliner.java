package dev.firebreak.integrations.pagerduty;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Works around two habits of PagerDuty's published spec that swagger-parser refuses outright (so the validator
 * would not load at all): {@code $ref}s into the middle of another component ({@code
 * #/components/parameters/x/schema}, {@code #/components/responses/Conflict/content/application~1json/schema}) and
 * responses that {@code $ref} a {@code requestBodies} entry. Both are replaced by a copy of their target, which is
 * what a tolerant reader does anyway; every other reference is left alone.
 */
final class SpecRefInliner {
    private SpecRefInliner() {}

    static void inline(JsonNode spec) {
        walk(spec, spec, "", "");
    }

    private static void walk(JsonNode root, JsonNode node, String key, String parentKey) {
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null && ref.isTextual() && needsInlining(ref.asText(), parentKey)) {
                ObjectNode object = (ObjectNode) node;
                JsonNode target = root.at(ref.asText().substring(1));
                if (target.isMissingNode()) {
                    throw new IllegalStateException("dangling $ref " + ref.asText());
                }
                object.remove("$ref");
                object.setAll((ObjectNode) target.deepCopy());
            }
            List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                fields.add(it.next());
            }
            for (Map.Entry<String, JsonNode> field : fields) {
                walk(root, field.getValue(), field.getKey(), key);
            }
        } else if (node.isArray()) {
            for (JsonNode item : node) {
                walk(root, item, key, parentKey);
            }
        }
    }

    private static boolean needsInlining(String ref, String parentKey) {
        if (!ref.startsWith("#/components/")) {
            return false;
        }
        String[] segments = ref.substring(2).split("/");
        boolean intoAComponent = segments.length > 3;
        boolean requestBodyAsResponse = "responses".equals(parentKey) && "requestBodies".equals(segments[1]);
        return intoAComponent || requestBodyAsResponse;
    }
}
