package dev.firebreak.logs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;

/**
 * Drain's fixed-depth parse tree: lines are bucketed by token count, then by their first few tokens, so a line is
 * compared with a handful of templates instead of all of them. Variable tokens and overflowing fan-out share the
 * wildcard branch, which keeps the tree from growing with the variety of values.
 */
final class PrefixTree {
    static final class Node {
        final Node parent;
        final String key;
        HashMap<String, Node> children;
        ArrayList<LogTemplate> templates;

        Node(Node parent, String key) {
            this.parent = parent;
            this.key = key;
        }

        boolean isEmpty() {
            return (children == null || children.isEmpty()) && (templates == null || templates.isEmpty());
        }
    }

    private final int prefixLevels;
    private final int maxChildren;
    private final double threshold;
    private final int oneMismatchFrom;
    private final int[] keys; // reused: positions of a line's routing tokens
    private Node[] byLength = new Node[32];

    PrefixTree(MinerConfig config) {
        this.prefixLevels = config.depth() - 2;
        this.keys = new int[prefixLevels];
        this.maxChildren = config.maxChildren();
        this.threshold = config.similarityThreshold();
        this.oneMismatchFrom = config.oneMismatchFrom();
    }

    /**
     * Most similar template at or above the threshold for {@code tokens[0..n)}, or null. Similarity is the share of the
     * line's constant tokens that the template holds too: positions the tokenizer already masked say nothing either
     * way. Counting them as agreeing would let variable-heavy lines join unlike templates; counting them as
     * disagreeing (original Drain) makes a generalized template ever harder to join, spawning duplicates.
     */
    /**
     * Positions of the routing tokens: the first constant ones. Routing on the first positions, as Drain does, sends
     * every line that starts with a variable (an address, a time, a count) down one wildcard branch, where unlike
     * messages crowd one leaf.
     */
    private int routeKeys(String[] tokens, int n, int[] keys) {
        int levels = Math.min(prefixLevels, n);
        int k = 0;
        for (int i = 0; i < n && k < levels; i++) if (tokens[i] != MessageTokenizer.WILDCARD) keys[k++] = i;
        return k;
    }

    LogTemplate match(String[] tokens, int n) {
        if (n >= byLength.length || byLength[n] == null) return null;
        Node node = byLength[n];
        int levels = routeKeys(tokens, n, keys);
        for (int li = 0; li < levels && node.children != null; li++) {
            int i = keys[li];
            Node next = node.children.get(tokens[i]);
            if (next == null) next = node.children.get(MessageTokenizer.WILDCARD);
            if (next == null) return null;
            node = next;
        }
        if (node.templates == null) return null;
        LogTemplate best = null;
        double bestSim = -1;
        int bestWild = -1;
        for (LogTemplate t : node.templates) {
            String[] tt = t.tokens;
            int same = 0;
            int wild = 0;
            int constants = 0;
            for (int i = 0; i < n; i++) {
                String b = tokens[i];
                if (b == MessageTokenizer.WILDCARD) {
                    if (tt[i] == MessageTokenizer.WILDCARD) wild++;
                    continue;
                }
                constants++;
                String a = tt[i];
                if (a == MessageTokenizer.WILDCARD) wild++;
                else if (a.equals(b)) same++;
            }
            double sim = constants == 0 ? 1.0 : (double) same / constants;
            // one differing word among many is a variable the tokenizer could not see (a name, a state)
            if (oneMismatchFrom > 0 && constants - same == 1 && constants >= oneMismatchFrom) {
                sim = Math.max(sim, threshold);
            }
            if (sim > bestSim || (sim == bestSim && wild > bestWild)) {
                best = t;
                bestSim = sim;
                bestWild = wild;
            }
        }
        return bestSim >= threshold ? best : null;
    }

    /**
     * The leaf a new template with these tokens would join (creating the path), so the caller can make room in it
     * first. Each line is compared with every template of its leaf, so the leaf size bounds the cost of a line.
     */
    Node leafFor(String[] tokens, int n) {
        if (n >= byLength.length) byLength = Arrays.copyOf(byLength, Math.max(n + 1, byLength.length * 2));
        Node node = byLength[n];
        if (node == null) node = byLength[n] = new Node(null, null);
        int levels = routeKeys(tokens, n, keys);
        for (int i = 0; i < levels; i++) node = child(node, tokens[keys[i]]);
        if (node.templates == null) node.templates = new ArrayList<>(4);
        return node;
    }

    /** Files a new template in the leaf {@link #leafFor} returned for its tokens. */
    void insert(Node leaf, LogTemplate t) {
        leaf.templates.add(t);
        t.leaf = leaf;
    }

    /** Unlinks an evicted template and prunes branches it leaves empty, so memory follows the live templates. */
    void remove(LogTemplate t) {
        Node node = t.leaf;
        t.leaf = null;
        node.templates.remove(t);
        while (node.isEmpty()) {
            if (node.parent == null) {
                byLength[t.tokenCount()] = null;
                return;
            }
            node.parent.children.remove(node.key);
            node = node.parent;
        }
    }

    private Node child(Node node, String token) {
        if (node.children == null) node.children = new HashMap<>(8);
        HashMap<String, Node> kids = node.children;
        Node next = kids.get(token);
        if (next != null) return next;
        String key = token;
        if (token != MessageTokenizer.WILDCARD) {
            boolean hasWild = kids.containsKey(MessageTokenizer.WILDCARD);
            int room = maxChildren - kids.size() - (hasWild ? 0 : 1);
            if (room <= 0) key = MessageTokenizer.WILDCARD; // fan-out full: this token behaves as a variable here
        }
        next = kids.get(key);
        if (next == null) {
            next = new Node(node, key);
            kids.put(key, next);
        }
        return next;
    }
}
