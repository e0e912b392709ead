package dev.firebreak.logs;

/**
 * Tuning of the template miner. The defaults are the single configuration measured on all Loghub samples; change
 * them only with a reason from your own logs.
 *
 * @param similarityThreshold fraction of equal constant tokens needed to join an existing template
 * @param depth Drain tree depth counting the root and the token-count layer (depth 4 = first two tokens)
 * @param maxChildren fan-out per tree node before further tokens are routed to the wildcard branch
 * @param maxTemplates cap on live templates; the coldest is evicted beyond it so memory stays bounded
 * @param stripHeaders skip a leading timestamp/level/component header when the file shows one consistently
 * @param oneMismatchFrom a line with at least this many constant words joins a template that differs from it in one
 *     word only, whatever the threshold (that word is a variable without digits: a name, a state); 0 turns it off
 */
public record MinerConfig(double similarityThreshold, int depth, int maxChildren, int maxTemplates,
        boolean stripHeaders, int oneMismatchFrom) {

    public static final MinerConfig DEFAULT = new MinerConfig(0.8, 4, 100, 5_000, true, 4);

    public MinerConfig(double similarityThreshold, int depth, int maxChildren, int maxTemplates, boolean stripHeaders) {
        this(similarityThreshold, depth, maxChildren, maxTemplates, stripHeaders, 0);
    }

    public MinerConfig {
        if (!(similarityThreshold >= 0 && similarityThreshold <= 1)) {
            throw new IllegalArgumentException("similarityThreshold must be within [0,1]: " + similarityThreshold);
        }
        if (depth < 3) throw new IllegalArgumentException("depth must be >= 3: " + depth);
        if (maxChildren < 2) throw new IllegalArgumentException("maxChildren must be >= 2: " + maxChildren);
        if (maxTemplates < 1) throw new IllegalArgumentException("maxTemplates must be >= 1: " + maxTemplates);
        if (oneMismatchFrom < 0) throw new IllegalArgumentException("oneMismatchFrom must be >= 0: " + oneMismatchFrom);
    }

    public MinerConfig withMaxTemplates(int max) {
        return new MinerConfig(similarityThreshold, depth, maxChildren, max, stripHeaders, oneMismatchFrom);
    }

    public MinerConfig withStripHeaders(boolean strip) {
        return new MinerConfig(similarityThreshold, depth, maxChildren, maxTemplates, strip, oneMismatchFrom);
    }

    public MinerConfig withSimilarity(double threshold, int oneMismatch) {
        return new MinerConfig(threshold, depth, maxChildren, maxTemplates, stripHeaders, oneMismatch);
    }
}
