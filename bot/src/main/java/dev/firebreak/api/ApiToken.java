package dev.firebreak.api;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The API's bearer token: the configured one, or one generated once and kept in a file only its owner can read, so
 * it never appears in the log (which is shipped and read by many) and survives a restart.
 */
// Eager, so the path of a generated token is in the log at start, not at the first request.
@Context
public class ApiToken {
    private static final Logger LOG = LoggerFactory.getLogger(ApiToken.class);
    private final byte[] token;

    @Inject
    ApiToken(ApiSettings settings, @Value("${datasources.default.url:}") String databaseUrl) {
        String configured = settings.token();
        if (configured == null || configured.isBlank()) {
            Path file = settings.tokenFile() == null || settings.tokenFile().isBlank()
                    ? defaultFile(databaseUrl) : Path.of(settings.tokenFile());
            configured = fromFile(file);
            LOG.warn("FIREBREAK_API_TOKEN is not set; the API token is in {} (readable by its owner only)",
                    file.toAbsolutePath());
        }
        this.token = configured.getBytes(StandardCharsets.UTF_8);
    }

    public boolean matches(String presented) {
        return MessageDigest.isEqual(token, presented.getBytes(StandardCharsets.UTF_8));
    }

    /** {@code api-token} in the directory of a file-based H2 database, else in {@code ./data}. */
    static Path defaultFile(@Nullable String databaseUrl) {
        String url = databaseUrl == null ? "" : databaseUrl;
        if (url.startsWith("jdbc:h2:") && !url.matches("jdbc:h2:(mem|tcp|ssl|zip):.*")) {
            String path = url.substring("jdbc:h2:".length()).replaceFirst("^file:", "").split(";", 2)[0];
            Path parent = Path.of(path).getParent();
            if (parent != null) {
                return parent.resolve("api-token");
            }
        }
        return Path.of("data", "api-token");
    }

    /** The token kept in {@code file}, or a new one written there with mode 600. */
    static String fromFile(Path file) {
        try {
            if (Files.isRegularFile(file)) {
                String kept = Files.readString(file, StandardCharsets.UTF_8).strip();
                if (!kept.isEmpty()) {
                    return kept;
                }
                Files.delete(file);
            }
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            String generated = HexFormat.of().formatHex(random);
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            createOwnerOnly(file);
            Files.writeString(file, generated + "\n", StandardCharsets.UTF_8);
            return generated;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the generated API token in " + file.toAbsolutePath()
                    + ": set FIREBREAK_API_TOKEN, or firebreak.api.token-file to a writable path", e);
        }
    }

    /** Created with its permissions, so the token is never readable by others, not even for a moment. */
    private static void createOwnerOnly(Path file) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
        } catch (FileAlreadyExistsException raced) {
            // Another replica wrote it a moment ago; ours overwrites with a token of the same kind.
        }
    }

    /**
     * A key for {@code purpose} derived from the token (HMAC-SHA256), so replicas sharing the token share the key
     * and changing the token invalidates everything signed with the old one.
     */
    public byte[] deriveKey(String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(token, "HmacSHA256"));
            return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
