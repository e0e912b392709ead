package dev.firebreak.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code java -jar firebreak.jar} as a child process in its own temporary working directory (so its default H2
 * file database starts empty), with its output in {@code firebreak.log} there.
 */
final class FirebreakProcess implements AutoCloseable {
    private static final Pattern STARTUP_COMPLETED = Pattern.compile("Startup completed in (\\d+)ms");
    private static final Pattern HEAP_GENERATION_USED = Pattern.compile("total \\d+K, used (\\d+)K");
    private static final Pattern METASPACE_USED = Pattern.compile("Metaspace\\s+used (\\d+)K");
    // Settings that would point the child at real systems or change which Slack calls it makes.
    private static final List<String> INHERITED_VARIABLES_TO_DROP = List.of(
            "FIREBREAK_DB_URL", "FIREBREAK_DB_USER", "FIREBREAK_DB_PASSWORD", "SLACK_APP_TOKEN", "SLACK_ANNOUNCE_CHANNEL",
            "FIREBREAK_SLACK_CHANNEL_CREATE_BURST", "FIREBREAK_SLACK_CHANNEL_CREATES_PER_MINUTE",
            "PAGERDUTY_API_URL", "PAGERDUTY_API_TOKEN", "PAGERDUTY_FROM_EMAIL", "PAGERDUTY_WEBHOOK_SECRET",
            "ALERTMANAGER_WEBHOOK_TOKEN");

    /**
     * The app paces {@code conversations.create} to Slack's limit (by default a burst of 5, then 20 a minute). A bench
     * that times the jobs rather than the pacing starts the app with these, high enough never to delay a channel.
     */
    static final Map<String, String> UNPACED_CHANNEL_CREATION = Map.of(
            "FIREBREAK_SLACK_CHANNEL_CREATE_BURST", "1000",
            "FIREBREAK_SLACK_CHANNEL_CREATES_PER_MINUTE", "100000");

    private final Process process;
    private final long launchedNanos;
    private final Path workDir;
    private final Path log;
    private final int port;

    private FirebreakProcess(Process process, long launchedNanos, Path workDir, Path log, int port) {
        this.process = process;
        this.launchedNanos = launchedNanos;
        this.workDir = workDir;
        this.log = log;
        this.port = port;
    }

    static FirebreakProcess launch(Path jar, List<String> jvmArgs, int port, Map<String, String> env) throws IOException {
        Path workDir = Files.createTempDirectory("firebreak-bench-");
        Path log = workDir.resolve("firebreak.log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmArgs);
        command.add("-jar");
        command.add(jar.toAbsolutePath().toString());
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        INHERITED_VARIABLES_TO_DROP.forEach(builder.environment()::remove);
        builder.environment().putAll(env);
        builder.environment().put("MICRONAUT_SERVER_PORT", Integer.toString(port));
        long launched = System.nanoTime();
        return new FirebreakProcess(builder.start(), launched, workDir, log, port);
    }

    /** A port on 127.0.0.1 that was free a moment ago, for the child's HTTP server. */
    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** 32 random hex digits, for the tokens and secrets the child is started with. */
    static String randomSecret() {
        byte[] b = new byte[16];
        new SecureRandom().nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    long pid() {
        return process.pid();
    }

    Path workDir() {
        return workDir;
    }

    Path log() {
        return log;
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** Polls {@code GET /health} every 20 ms; answers the time from launch to the first 200. */
    Duration awaitHealthy(HttpClient http, Duration timeout) throws IOException, InterruptedException {
        HttpRequest health = HttpRequest.newBuilder(uri("/health")).timeout(Duration.ofSeconds(2)).GET().build();
        long deadline = launchedNanos + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Firebreak exited with code " + process.exitValue() + " before it was healthy");
            }
            try {
                if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return Duration.ofNanos(System.nanoTime() - launchedNanos);
                }
            } catch (IOException notListeningYet) {
                // Connection refused until Netty binds the port.
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("Firebreak was not healthy within " + timeout.toSeconds() + " s");
    }

    /** Micronaut's own figure, which leaves out JVM start and jar loading. */
    OptionalLong reportedStartupMillis() throws IOException, InterruptedException {
        // The line may be written a moment after the port opens.
        for (int attempt = 0; attempt < 50; attempt++) {
            Matcher m = STARTUP_COMPLETED.matcher(Files.readString(log, StandardCharsets.UTF_8));
            if (m.find()) {
                return OptionalLong.of(Long.parseLong(m.group(1)));
            }
            Thread.sleep(20);
        }
        return OptionalLong.empty();
    }

    /** Resident set size from {@code /proc/<pid>/status}; empty where there is no procfs. */
    OptionalLong residentKilobytes() {
        try (Stream<String> lines = Files.lines(Path.of("/proc", Long.toString(pid()), "status"))) {
            return lines.filter(l -> l.startsWith("VmRSS:"))
                    .mapToLong(l -> Long.parseLong(l.replaceAll("\\D", "")))
                    .findFirst();
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }

    /** Heap and metaspace in use as {@code jcmd GC.heap_info} sees them; empty when jcmd is missing or refuses. */
    Optional<HeapUse> heapUse() {
        Optional<Path> jcmd = jcmd();
        if (jcmd.isEmpty()) {
            return Optional.empty();
        }
        try {
            Process p = new ProcessBuilder(jcmd.get().toString(), Long.toString(pid()), "GC.heap_info")
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                return Optional.empty();
            }
            return HeapUse.parse(out);
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    record HeapUse(long heapUsedKb, long metaspaceUsedKb) {
        /** Sums the generations (one line for G1, young + old for Serial and Parallel). */
        static Optional<HeapUse> parse(String heapInfo) {
            long heap = 0;
            boolean found = false;
            Matcher gen = HEAP_GENERATION_USED.matcher(heapInfo);
            while (gen.find()) {
                heap += Long.parseLong(gen.group(1));
                found = true;
            }
            if (!found) {
                return Optional.empty();
            }
            Matcher meta = METASPACE_USED.matcher(heapInfo);
            return Optional.of(new HeapUse(heap, meta.find() ? Long.parseLong(meta.group(1)) : -1));
        }
    }

    private static Optional<Path> jcmd() {
        Path besideJava = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        if (Files.isExecutable(besideJava)) {
            return Optional.of(besideJava);
        }
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .map(dir -> Path.of(dir, "jcmd"))
                .filter(Files::isExecutable)
                .findFirst();
    }

    /** Log lines at WARN or ERROR, plus exception lines, for the report. */
    List<String> problemLines() throws IOException {
        try (Stream<String> lines = Files.lines(log, StandardCharsets.UTF_8)) {
            return lines.filter(l -> l.contains(" WARN ") || l.contains(" ERROR ") || l.startsWith("Caused by")
                    || l.matches("^[\\w.$]+(Exception|Error)\\b.*")).collect(Collectors.toList());
        }
    }

    List<String> logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return all.subList(Math.max(0, all.size() - lines), all.size());
        } catch (IOException e) {
            return List.of("(log unreadable: " + e.getMessage() + ")");
        }
    }

    /** SIGTERM for a graceful shutdown, then a hard kill if it has not exited after 10 s. */
    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
