package dev.firebreak.runbook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Finds cycles in {@code dependsOn}: a cycle would leave its steps waiting for each other forever. */
final class StepGraph {
    private StepGraph() { }

    /**
     * The first cycle reachable from {@code start}, as the path of step ids ending where it began (e.g. a, b, a), or
     * empty. {@code edges} maps a step to the steps it depends on; unknown ids are ignored here.
     */
    static Optional<List<String>> cycleFrom(String start, Map<String, List<String>> edges) {
        return walk(start, edges, new ArrayList<>(), new HashSet<>(), new HashMap<>());
    }

    private static Optional<List<String>> walk(String step, Map<String, List<String>> edges, List<String> path,
            Set<String> done, Map<String, Integer> onPath) {
        if (onPath.containsKey(step)) {
            List<String> cycle = new ArrayList<>(path.subList(onPath.get(step), path.size()));
            cycle.add(step);
            return Optional.of(cycle);
        }
        if (!done.add(step)) return Optional.empty();
        onPath.put(step, path.size());
        path.add(step);
        for (String next : edges.getOrDefault(step, List.of())) {
            Optional<List<String>> cycle = walk(next, edges, path, done, onPath);
            if (cycle.isPresent()) return cycle;
        }
        path.remove(path.size() - 1);
        onPath.remove(step);
        return Optional.empty();
    }
}
