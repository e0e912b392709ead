package dev.firebreak.integrations.jira;

import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The structural rules of the larger ADF nodes, kept out of {@link Adf} so its factories stay one-liners. */
final class AdfBlocks {
    private static final Set<String> LISTS = Set.of("bulletList", "orderedList");
    private static final Set<String> NOT_IN_PANELS = Set.of("table", "panel");

    private AdfBlocks() {}

    static List<AdfNode> listItemContent(Adf.Block paragraph, Adf.Block... nestedLists) {
        if (!paragraph.node.type().equals("paragraph")) {
            throw new IllegalArgumentException("a list item starts with a paragraph, not " + paragraph.node.type());
        }
        List<AdfNode> content = new ArrayList<>();
        content.add(paragraph.node);
        for (Adf.Block nested : nestedLists) {
            if (!LISTS.contains(nested.node.type())) {
                throw new IllegalArgumentException("only lists may follow a list item's paragraph, not "
                        + nested.node.type());
            }
            content.add(nested.node);
        }
        return content;
    }

    static AdfNode list(String type, @Nullable Map<String, Object> attrs, List<Adf.Item> items) {
        if (items.isEmpty()) {
            // ADF requires at least one listItem; Jira answers 400 for an empty list.
            throw new IllegalArgumentException(type + " needs at least one item");
        }
        return AdfNode.container(type, attrs, items.stream().map(i -> i.node).toList());
    }

    static AdfNode codeBlock(@Nullable String language, @Nullable String code) {
        String text = code == null ? "" : code.replace("\r\n", "\n");
        Map<String, Object> attrs = language == null || language.isBlank() ? null : Map.of("language", language.trim());
        List<AdfNode> content = text.isEmpty() ? List.of() : List.of(AdfNode.text(text, List.of()));
        return AdfNode.container("codeBlock", attrs, content);
    }

    static AdfNode table(List<String> header, List<List<String>> rows) {
        if (header.isEmpty()) {
            throw new IllegalArgumentException("a table needs at least one column");
        }
        List<AdfNode> tableRows = new ArrayList<>();
        tableRows.add(row("tableHeader", header, header.size()));
        for (List<String> row : rows) {
            if (row.size() > header.size()) {
                throw new IllegalArgumentException("row has " + row.size() + " cells, header " + header.size());
            }
            tableRows.add(row("tableCell", row, header.size()));
        }
        Map<String, Object> attrs = new LinkedHashMap<>();
        attrs.put("isNumberColumnEnabled", false);
        attrs.put("layout", "default");
        return AdfNode.container("table", attrs, tableRows);
    }

    private static AdfNode row(String cellType, List<String> cells, int width) {
        List<AdfNode> content = new ArrayList<>();
        for (int i = 0; i < width; i++) {
            String text = i < cells.size() ? cells.get(i) : "";
            content.add(AdfNode.container(cellType, null, List.of(Adf.paragraph(text).node)));
        }
        return AdfNode.container("tableRow", null, content);
    }

    static AdfNode panel(Adf.PanelType type, List<Adf.Block> content) {
        if (content.isEmpty()) {
            throw new IllegalArgumentException("a panel needs at least one block");
        }
        for (Adf.Block block : content) {
            if (NOT_IN_PANELS.contains(block.node.type())) {
                throw new IllegalArgumentException("a panel cannot hold a " + block.node.type());
            }
        }
        return AdfNode.container("panel", Map.of("panelType", type.name().toLowerCase(Locale.ROOT)),
                content.stream().map(b -> b.node).toList());
    }
}
