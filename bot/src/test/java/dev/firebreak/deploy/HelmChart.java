package dev.firebreak.deploy;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.TemplateCommand;
import dev.firebreak.testdata.TestData;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** deploy/helm/firebreak rendered in-process by Helm's own library, and the manifests it renders as parsed YAML. */
final class HelmChart {
    static final Path DIR = TestData.resolve("../deploy/helm/firebreak").normalize();

    private HelmChart() {}

    static Path values(String name) {
        return Path.of("src/test/resources/helm", name).toAbsolutePath();
    }

    static List<Map<String, Object>> render(UnaryOperator<TemplateCommand> options) {
        String text = options.apply(new Helm(DIR).template().withName("firebreak").withNamespace("firebreak")).call();
        return parse(text);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> parse(String text) {
        List<Map<String, Object>> docs = new ArrayList<>();
        for (Object doc : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(text)) {
            if (doc != null) docs.add((Map<String, Object>) doc);
        }
        return docs;
    }

    static List<Map<String, Object>> ofKind(List<Map<String, Object>> docs, String kind) {
        return docs.stream().filter(d -> kind.equals(d.get("kind"))).toList();
    }

    static Map<String, Object> one(List<Map<String, Object>> docs, String kind) {
        List<Map<String, Object>> found = ofKind(docs, kind);
        if (found.size() != 1) throw new AssertionError("expected one " + kind + ", rendered " + found.size());
        return found.get(0);
    }

    /** Follows a path of map keys and list indexes, e.g. {@code at(deployment, "spec", "template", "spec")}. */
    @SuppressWarnings("unchecked")
    static <T> T at(Object node, Object... path) {
        Object current = node;
        for (Object step : path) {
            current = step instanceof Integer i ? ((List<Object>) current).get(i) : ((Map<String, Object>) current).get(step);
            if (current == null) throw new AssertionError("nothing at " + List.of(path) + " (stopped at " + step + ")");
        }
        return (T) current;
    }
}
