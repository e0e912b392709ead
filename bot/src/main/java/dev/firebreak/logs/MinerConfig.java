package dev.firebreak.logs;

/**
 * Tuning of the template miner. The defaults are the single configuration measured on all Loghub samples; change
 * them only with a reason from your own logs.
 *
 * @param similarityThreshold fraction of equal constant tokens needed to join an existing template
 * @param depth Drain tree depth counting the root and the token-count layer (depth 4 = first two tokens)
 * @param maxChildren fan-out per tree node before further tokens are routed to the wildcard branch
 * @param maxTemplates cap on live templates; the coldest is evicted beyond it so memory stays bounded
 * @param stripHeaders skip a leading timestamp/level/component header before tokenizing
 */
public record MinerConfig(double similarityThreshold, int depth, int maxChildren, int maxTemplates,
        boolean stripHeaders) {

    public static final MinerConfig DEFAULT = new MinerConfig(0.7, 4, 100, 5_000, true);

    public MinerConfig {
        if (!(similarityThreshold >= 0 && similarityThreshold <= 1)) {
            throw new IllegalArgumentException("similarityThreshold must be within [0,1]: " + similarityThreshold);
        }
        if (depth < 3) throw new IllegalArgumentException("depth must be >= 3: " + depth);
        if (maxChildren < 2) throw new IllegalArgumentException("maxChildren must be >= 2: " + maxChildren);
        if (maxTemplates < 1) throw new IllegalArgumentException("maxTemplates must be >= 1: " + maxTemplates);
    }

    public MinerConfig withMaxTemplates(int max) {
        return new MinerConfig(similarityThreshold, depth, maxChildren, max, stripHeaders);
    }

    public MinerConfig withStripHeaders(boolean strip) {
        return new MinerConfig(similarityThreshold, depth, maxChildren, maxTemplates, strip);
    }
}
