package dev.firebreak.logs;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The {@code --assignments} CSV, {@code line,template_id,template}: {@link #write(Writer, MinedBatch)} for a batch
 * (what {@code logs mine} uses), or, for the streaming miner, an instance that remembers which template each line
 * joined and writes the rows at the end, when every template has its final, most general text. Ids are stable
 * (templates generalize in place), so recording the id at arrival time is enough; text of templates evicted meanwhile
 * is kept from the eviction callback.
 */
public final class AssignmentsCsv {
    static final String HEADER = "line,template_id,template";

    private long[] ids = new long[1024];
    private int lines;
    private final Map<Long, String> evictedText = new HashMap<>();

    /** Subscribes to the miner's evictions so evicted templates can still be named. */
    public AssignmentsCsv(TemplateMiner miner) {
        miner.onEviction(t -> evictedText.put(t.id(), t.template()));
    }

    /** Records the template of the next line (lines are numbered from 1 in call order). */
    public void record(LogTemplate t) {
        if (lines == ids.length) ids = Arrays.copyOf(ids, lines * 2);
        ids[lines++] = t.id();
    }

    public int lines() {
        return lines;
    }

    /** Writes the header and one row per line of a batch, with its template's id and text. */
    public static void write(Writer out, MinedBatch batch) throws IOException {
        Map<Long, String> text = new HashMap<>();
        for (LogTemplate t : batch.templates()) text.put(t.id(), CsvField.quote(t.template()));
        out.write(HEADER);
        out.write('\n');
        StringBuilder row = new StringBuilder(128);
        for (int i = 0; i < batch.lineCount(); i++) {
            long id = batch.templateOf(i).id();
            row.setLength(0);
            row.append(i + 1)
                    .append(',')
                    .append(id)
                    .append(',')
                    .append(text.get(id))
                    .append('\n');
            out.append(row);
        }
    }

    /** Writes the header and one row per recorded line, using each template's current text. */
    public void write(Writer out, TemplateMiner miner) throws IOException {
        Map<Long, String> text = new HashMap<>();
        evictedText.forEach((id, s) -> text.put(id, CsvField.quote(s)));
        for (LogTemplate t : miner.templates()) text.put(t.id(), CsvField.quote(t.template()));
        out.write(HEADER);
        out.write('\n');
        StringBuilder row = new StringBuilder(128);
        for (int i = 0; i < lines; i++) {
            row.setLength(0);
            row.append(i + 1)
                    .append(',')
                    .append(ids[i])
                    .append(',')
                    .append(text.get(ids[i]))
                    .append('\n');
            out.append(row);
        }
    }
}
