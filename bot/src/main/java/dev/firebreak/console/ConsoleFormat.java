package dev.firebreak.console;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** How the console writes times: UTC, as incident channels and exports do, so everyone reads the same clock. */
public final class ConsoleFormat {
    static final ConsoleFormat INSTANCE = new ConsoleFormat();
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private ConsoleFormat() {}

    public String minute(@Nullable Instant at) {
        return at == null ? "" : MINUTE.format(at);
    }

    public String second(@Nullable Instant at) {
        return at == null ? "" : SECOND.format(at);
    }
}
