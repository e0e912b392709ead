package dev.firebreak.runbook;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.yaml.snakeyaml.nodes.Node;

/** Reads every runbook file of a directory, collecting all problems of all files rather than stopping at the first. */
final class RunbookFiles {
    private static final String EXTENSION = ".yaml";
    private static final long MAX_BYTES = 256 * 1024;

    private RunbookFiles() { }

    /** Runbooks by id, in file-name order. */
    static Map<String, Runbook> readAll(Path dir) throws RunbookValidationException {
        if (!Files.isDirectory(dir)) {
            throw new RunbookValidationException(List.of(dir + ": not a directory of runbooks"));
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new RunbookValidationException(List.of(dir + ": cannot list: " + e.getMessage()));
        }
        Map<String, Runbook> byId = new LinkedHashMap<>();
        List<String> errors = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            Problems problems = new Problems(dir.resolve(name).toString());
            if (name.endsWith(".yml")) {
                // silently skipping it would leave a runbook the author believes is live
                problems.at((Node) null, "runbook files use the .yaml extension");
            } else if (name.endsWith(EXTENSION) && !name.startsWith(".")) {
                read(file, name.substring(0, name.length() - EXTENSION.length()), problems).ifPresent(r -> {
                    if (byId.putIfAbsent(r.id(), r) != null) problems.at((Node) null, "id \"" + r.id()
                            + "\" is already used by " + byId.get(r.id()).source());
                });
            }
            errors.addAll(problems.lines());
        }
        if (errors.isEmpty() && byId.isEmpty()) errors.add(dir + ": no runbooks (*" + EXTENSION + ") found");
        if (!errors.isEmpty()) throw new RunbookValidationException(errors);
        return byId;
    }

    private static Optional<Runbook> read(Path file, String expectedId, Problems problems) {
        String text;
        try {
            if (Files.size(file) > MAX_BYTES) {
                problems.at((Node) null, "larger than " + MAX_BYTES / 1024 + " KiB; a runbook is a few lines");
                return Optional.empty();
            }
            // read whole (runbooks are small) so a bad byte is reported as such, not as a YAML error
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            problems.at((Node) null, "not valid UTF-8");
            return Optional.empty();
        } catch (IOException e) {
            problems.at((Node) null, "cannot read: " + e.getMessage());
            return Optional.empty();
        }
        return SafeYaml.compose(new StringReader(text), problems)
                .flatMap(root -> RunbookParser.parse(root, expectedId, problems));
    }
}
