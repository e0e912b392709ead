package dev.firebreak.logs;

import java.util.List;

/** What {@link BatchTemplateMiner} found: its templates (ids from 1) and the template of every line. */
public final class MinedBatch {
    private final List<LogTemplate> templates;
    private final int[] lineTemplate;
    private final IncidentWindow window;
    private final long windowLines;

    MinedBatch(List<LogTemplate> templates, int[] lineTemplate, IncidentWindow window, long windowLines) {
        this.templates = List.copyOf(templates);
        this.lineTemplate = lineTemplate;
        this.window = window;
        this.windowLines = windowLines;
    }

    public List<LogTemplate> templates() {
        return templates;
    }

    /** Template of line {@code index} (0-based, in the order mined). */
    public LogTemplate templateOf(int index) {
        return templates.get(lineTemplate[index]);
    }

    public int lineCount() {
        return lineTemplate.length;
    }

    /** Templates ranked as {@link TemplateRanking#rank(TemplateMiner)} ranks a streaming miner's. */
    public List<RankedTemplate> ranked() {
        return TemplateRanking.rank(templates, window.isPresent(), lineTemplate.length - windowLines, windowLines);
    }
}
