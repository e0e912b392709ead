package dev.firebreak.integrations.jira;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Map;

/**
 * One node of an Atlassian Document Format tree as it goes on the wire. Absent parts are left out rather than sent
 * as null, and an empty {@code content} list is kept: ADF's schema has no nulls, while {@code "content":[]} is valid.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
record AdfNode(
        String type,
        @Nullable Integer version,
        @Nullable Map<String, Object> attrs,
        @Nullable List<AdfNode> content,
        @Nullable String text,
        @Nullable List<Mark> marks) {

    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Mark(String type, @Nullable Map<String, Object> attrs) {}

    static AdfNode container(String type, @Nullable Map<String, Object> attrs, List<AdfNode> content) {
        return new AdfNode(type, null, attrs == null || attrs.isEmpty() ? null : attrs, List.copyOf(content), null, null);
    }

    static AdfNode text(String text, List<Mark> marks) {
        return new AdfNode("text", null, null, null, text, marks.isEmpty() ? null : List.copyOf(marks));
    }

    static AdfNode hardBreak() {
        return new AdfNode("hardBreak", null, null, null, null, null);
    }
}
