package dev.firebreak.logs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Streaming Drain-style template miner: each line loses its header when the file has one ({@link #learnHeaders}), is
 * masked, routed through a prefix tree on its token count and first constant words, and either joins the most similar
 * template (which generalizes in place, keeping its id) or starts a new one. Live templates are capped; beyond the
 * cap the coldest one is evicted so memory stays bounded on endless input.
 * Single-threaded by design (reused buffers); feed it from one thread or guard it externally.
 */
public final class TemplateMiner {
    /** How many of the least recently seen templates are compared when choosing whom to evict. */
    private static final int EVICTION_SAMPLE = 8;
    /**
     * Templates per tree leaf. A line is compared with every template in its leaf, so without this cap a flood of
     * unlike lines sharing a length and first tokens would make each line cost thousands of comparisons.
     */
    static final int MAX_PER_LEAF = 32;

    private final MinerConfig config;
    private final IncidentWindow window;
    private final PrefixTree tree;
    private final MessageTokenizer tokenizer = new MessageTokenizer();
    private final HeaderStripper header = new HeaderStripper();
    private HeaderProfile headers;
    private Consumer<LogTemplate> evictionListener = t -> { };
    // Recency list: newest is the head; eviction looks at the tail.
    private LogTemplate newest;
    private LogTemplate oldest;
    private int live;
    private long nextId = 1;
    private long lines;
    private long windowLines;
    private long evicted;

    public TemplateMiner() {
        this(MinerConfig.DEFAULT, IncidentWindow.NONE);
    }

    public TemplateMiner(MinerConfig config) {
        this(config, IncidentWindow.NONE);
    }

    public TemplateMiner(MinerConfig config, IncidentWindow window) {
        this.config = Objects.requireNonNull(config, "config");
        this.window = Objects.requireNonNull(window, "window");
        this.tree = new PrefixTree(config);
    }

    /** Called with each template just before it is evicted, e.g. to remember its text for assignments. */
    public void onEviction(Consumer<LogTemplate> listener) {
        this.evictionListener = Objects.requireNonNull(listener, "listener");
    }

    /**
     * Decides from the first lines of a file whether it has headers to strip (see {@link HeaderProfile}); call it
     * before adding them. Without it each line's header is judged on its own, which is less consistent.
     */
    public void learnHeaders(Iterable<String> firstLines) {
        this.headers = HeaderProfile.learn(firstLines);
    }

    /** The header decision made by {@link #learnHeaders}, or null when lines are judged one by one. */
    public HeaderProfile headerProfile() { return headers; }

    /** Adds the next line, numbering lines from 1 in arrival order. */
    public LogTemplate add(String line) {
        return add(line, lines + 1, null);
    }

    /** Adds a line with its own number and, when known, its time; returns the template it now belongs to. */
    public LogTemplate add(String line, long lineNumber, Instant at) {
        lines++;
        int from = 0;
        LevelHint level = null;
        if (config.stripHeaders() && (headers == null || headers.stripsHeaders())) {
            header.strip(line);
            from = header.contentStart;
            level = header.headerLevel;
        }
        int n = tokenizer.tokenize(line, from);
        String[] tokens = tokenizer.tokens();
        LogTemplate t = tree.match(tokens, n);
        if (t == null) {
            if (live >= config.maxTemplates()) evict(coldestRecent());
            PrefixTree.Node leaf = tree.leafFor(tokens, n); // after the eviction, which may prune branches
            if (leaf.templates.size() >= MAX_PER_LEAF) evict(coldestIn(leaf.templates));
            t = new LogTemplate(nextId++, Arrays.copyOf(tokens, n), Arrays.copyOf(tokenizer.glued(), n));
            t.firstLine = lineNumber;
            t.firstSeen = at;
            t.addSample(line);
            tree.insert(leaf, t);
            live++;
        } else {
            t.generalize(tokens);
            unlink(t);
            t.addSample(line);
        }
        pushNewest(t);
        t.touched = lines;
        t.count++;
        t.lastLine = lineNumber;
        if (at != null) t.lastSeen = at;
        if (window.contains(lineNumber, at)) {
            t.windowCount++;
            windowLines++;
        }
        t.level = t.level.max(level == null ? tokenizer.level() : level.max(tokenizer.level()));
        return t;
    }

    /** Live templates, newest activity first; a snapshot, safe to keep. */
    public List<LogTemplate> templates() {
        List<LogTemplate> out = new ArrayList<>(live);
        for (LogTemplate t = newest; t != null; t = t.older) out.add(t);
        return out;
    }

    public int templateCount() { return live; }
    public long linesSeen() { return lines; }
    public long windowLines() { return windowLines; }
    public long evictedCount() { return evicted; }
    public IncidentWindow window() { return window; }
    public MinerConfig config() { return config; }

    /** Among the least recently seen few, the lowest count, so a busy but quiet template survives. */
    private LogTemplate coldestRecent() {
        LogTemplate victim = oldest;
        int k = 0;
        for (LogTemplate t = oldest; t != null && k < EVICTION_SAMPLE; t = t.newer, k++) {
            if (t.count < victim.count) victim = t;
        }
        return victim;
    }

    /** Lowest count in a full leaf, the least recently seen among equals. */
    private static LogTemplate coldestIn(List<LogTemplate> leaf) {
        LogTemplate victim = leaf.get(0);
        for (LogTemplate t : leaf) {
            if (t.count < victim.count || (t.count == victim.count && t.touched < victim.touched)) victim = t;
        }
        return victim;
    }

    private void evict(LogTemplate victim) {
        evictionListener.accept(victim);
        unlink(victim);
        tree.remove(victim);
        live--;
        evicted++;
    }

    private void pushNewest(LogTemplate t) {
        t.older = newest;
        t.newer = null;
        if (newest != null) newest.newer = t;
        newest = t;
        if (oldest == null) oldest = t;
    }

    private void unlink(LogTemplate t) {
        if (t.newer != null) t.newer.older = t.older; else newest = t.older;
        if (t.older != null) t.older.newer = t.newer; else oldest = t.newer;
        t.newer = null;
        t.older = null;
    }
}
