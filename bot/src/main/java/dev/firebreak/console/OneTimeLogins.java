package dev.firebreak.console;

import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Login links that work once and for ten minutes, for a process that starts the console and hands a person the
 * link (a demo, a support session). Kept in memory: a link is
 * only ever handed out by this process, to be opened right away.
 */
@Singleton
public class OneTimeLogins {
    private static final Duration VALID_FOR = Duration.ofMinutes(10);
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();
    private final Clock clock;

    OneTimeLogins(Clock clock) {
        this.clock = clock;
    }

    /** The path of a link that signs its first user in as the API token holder. */
    public String issuePath() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String code = HexFormat.of().formatHex(bytes);
        pending.put(code, new Pending(Viewer.withApiToken(), clock.instant().plus(VALID_FOR)));
        return "/login/once/" + code;
    }

    Optional<Viewer> redeem(String code) {
        Pending p = pending.remove(code);
        return p == null || p.expires().isBefore(clock.instant()) ? Optional.empty() : Optional.of(p.viewer());
    }

    private record Pending(Viewer viewer, Instant expires) {}
}
