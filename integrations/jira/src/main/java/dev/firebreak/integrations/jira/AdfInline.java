package dev.firebreak.integrations.jira;

import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A run of text inside a paragraph, heading or cell, with its marks: {@code Adf.text("p99").strong().em()}. Line
 * breaks in the text become ADF {@code hardBreak} nodes, and empty runs are dropped, since ADF rejects empty text.
 */
public final class AdfInline {
    private final String text;
    private final List<AdfNode.Mark> marks;

    private AdfInline(String text, List<AdfNode.Mark> marks) {
        this.text = text;
        this.marks = List.copyOf(marks);
    }

    static AdfInline of(@Nullable String text) {
        return new AdfInline(text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n'), List.of());
    }

    public String text() {
        return text;
    }

    public AdfInline strong() {
        return with(new AdfNode.Mark("strong", null));
    }

    public AdfInline em() {
        return with(new AdfNode.Mark("em", null));
    }

    /** Inline code; ADF allows no other mark next to it but a link. */
    public AdfInline code() {
        return with(new AdfNode.Mark("code", null));
    }

    public AdfInline link(String href) {
        if (href == null || href.isBlank()) {
            throw new IllegalArgumentException("a link needs an href");
        }
        return with(new AdfNode.Mark("link", Map.of("href", href)));
    }

    private AdfInline with(AdfNode.Mark mark) {
        List<String> types = marks.stream().map(AdfNode.Mark::type).toList();
        if (types.contains(mark.type())) {
            return this;
        }
        boolean codeClash = mark.type().equals("code")
                ? types.stream().anyMatch(t -> !t.equals("link"))
                : types.contains("code") && !mark.type().equals("link");
        if (codeClash) {
            // Jira answers 400 INVALID_INPUT for such documents; failing here names the culprit.
            throw new IllegalArgumentException("ADF allows only a link next to the code mark, not " + mark.type());
        }
        List<AdfNode.Mark> more = new ArrayList<>(marks);
        more.add(mark);
        return new AdfInline(text, more);
    }

    /** The ADF nodes of {@code runs} in order: text nodes and hard breaks, never an empty text node. */
    static List<AdfNode> nodes(List<AdfInline> runs) {
        List<AdfNode> nodes = new ArrayList<>();
        for (AdfInline run : runs) {
            String[] lines = run.text.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    nodes.add(AdfNode.hardBreak());
                }
                if (!lines[i].isEmpty()) {
                    nodes.add(AdfNode.text(lines[i], run.marks));
                }
            }
        }
        return nodes;
    }
}
