package dev.firebreak.integrations.jira;

import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * An Atlassian Document Format document, the rich text Jira Cloud v3 takes for descriptions and comments. Built from
 * the static factories, e.g. {@code Adf.doc(Adf.heading(2, "Impact"), Adf.bulletList("checkout", "search"))}, and
 * sent as {@code {"type":"doc","version":1,"content":[...]}}. Only the nodes Firebreak writes are offered.
 */
public final class Adf {
    /** Panel colours Jira renders. */
    public enum PanelType { INFO, NOTE, WARNING, SUCCESS, ERROR }

    /** A top-level node: paragraph, heading, list, code block, table or panel. */
    public static final class Block {
        final AdfNode node;

        private Block(AdfNode node) {
            this.node = node;
        }
    }

    /** One entry of a bullet or ordered list. */
    public static final class Item {
        final AdfNode node;

        private Item(AdfNode node) {
            this.node = node;
        }
    }

    private final List<Block> blocks;

    private Adf(List<Block> blocks) {
        this.blocks = List.copyOf(blocks);
    }

    public static Adf doc(Block... blocks) {
        return new Adf(Arrays.asList(blocks));
    }

    public static Adf doc(List<Block> blocks) {
        return new Adf(blocks);
    }

    /** Plain text: one paragraph per blank-line-separated part, single line breaks kept. */
    public static Adf plain(@Nullable String text) {
        List<Block> paragraphs = new ArrayList<>();
        for (String part : (text == null ? "" : text.replace("\r\n", "\n")).split("\n\\s*\n")) {
            if (!part.isBlank()) {
                paragraphs.add(paragraph(part.strip()));
            }
        }
        return new Adf(paragraphs);
    }

    public static AdfInline text(@Nullable String text) {
        return AdfInline.of(text);
    }

    public static AdfInline strong(String text) {
        return text(text).strong();
    }

    public static AdfInline em(String text) {
        return text(text).em();
    }

    public static AdfInline code(String text) {
        return text(text).code();
    }

    public static AdfInline link(String text, String href) {
        return text(text).link(href);
    }

    public static Block paragraph(@Nullable String text) {
        return paragraph(text(text));
    }

    public static Block paragraph(AdfInline... runs) {
        return new Block(AdfNode.container("paragraph", null, AdfInline.nodes(Arrays.asList(runs))));
    }

    public static Block heading(int level, String text) {
        return heading(level, text(text));
    }

    public static Block heading(int level, AdfInline... runs) {
        if (level < 1 || level > 6) {
            throw new IllegalArgumentException("ADF heading levels are 1 to 6, not " + level);
        }
        return new Block(AdfNode.container("heading", Map.of("level", level), AdfInline.nodes(Arrays.asList(runs))));
    }

    public static Item item(String text) {
        return item(paragraph(text));
    }

    public static Item item(AdfInline... runs) {
        return item(paragraph(runs));
    }

    /** An item holding a paragraph, optionally followed by nested lists; ADF wants the paragraph first. */
    public static Item item(Block paragraph, Block... nestedLists) {
        return new Item(AdfNode.container("listItem", null, AdfBlocks.listItemContent(paragraph, nestedLists)));
    }

    public static Block bulletList(String... items) {
        return bulletList(Arrays.stream(items).map(Adf::item).toList());
    }

    public static Block bulletList(List<Item> items) {
        return new Block(AdfBlocks.list("bulletList", null, items));
    }

    public static Block orderedList(String... items) {
        return orderedList(Arrays.stream(items).map(Adf::item).toList());
    }

    public static Block orderedList(List<Item> items) {
        return new Block(AdfBlocks.list("orderedList", Map.of("order", 1), items));
    }

    /** Preformatted text; {@code language} (e.g. "java", "yaml") only picks the highlighting and may be null. */
    public static Block codeBlock(@Nullable String language, String code) {
        return new Block(AdfBlocks.codeBlock(language, code));
    }

    /** A table with a header row; short rows are padded with empty cells, longer rows are refused. */
    public static Block table(List<String> header, List<List<String>> rows) {
        return new Block(AdfBlocks.table(header, rows));
    }

    /** A coloured box. Jira refuses tables and panels inside a panel, so they are refused here too. */
    public static Block panel(PanelType type, Block... content) {
        return new Block(AdfBlocks.panel(type, Arrays.asList(content)));
    }

    public List<Block> blocks() {
        return blocks;
    }

    AdfNode toNode() {
        return new AdfNode("doc", 1, null, blocks.stream().map(b -> b.node).toList(), null, null);
    }
}
