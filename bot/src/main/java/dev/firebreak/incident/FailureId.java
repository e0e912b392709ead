package dev.firebreak.incident;

import java.security.SecureRandom;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An unexpected failure is logged in full under a short id, and the user reads only the id: a library's message
 * (which may hold internals or a vendor's words) never reaches a user as if it were ours.
 */
public final class FailureId {
    private static final Logger LOG = LoggerFactory.getLogger(FailureId.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private FailureId() {}

    /** Logs {@code failure} with a new id and returns the id. */
    public static String log(String during, Throwable failure) {
        byte[] bytes = new byte[4];
        RANDOM.nextBytes(bytes);
        String id = HexFormat.of().formatHex(bytes);
        LOG.error("Unexpected failure {} while {}", id, during, failure);
        return id;
    }

    /** What the user reads instead of the failure. */
    public static String userText(String id) {
        return "Something went wrong (id " + id
                + "). Nothing more can be said here; the log has the details under that id.";
    }
}
