package dev.firebreak.support;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

/** Datasource properties for the databases tests run on. */
public final class TestDatabases {
    private static final String H2_MODE = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    private TestDatabases() {}

    public static Map<String, String> h2File(Path dir) {
        return datasource("jdbc:h2:file:" + dir.resolve("firebreak").toAbsolutePath() + H2_MODE, "sa", "");
    }

    public static Map<String, String> h2Memory() {
        return datasource("jdbc:h2:mem:" + UUID.randomUUID() + H2_MODE + ";DB_CLOSE_DELAY=-1", "sa", "");
    }

    /**
     * A fresh, empty schema on the PostgreSQL that {@code .ci/run} starts. Override with FIREBREAK_TEST_PG_URL,
     * FIREBREAK_TEST_PG_USER and FIREBREAK_TEST_PG_PASSWORD.
     */
    public static Map<String, String> postgresFreshSchema() {
        String url = env("FIREBREAK_TEST_PG_URL", "jdbc:postgresql://localhost:5432/firebreak_test");
        String user = env("FIREBREAK_TEST_PG_USER", "firebreak");
        String password = env("FIREBREAK_TEST_PG_PASSWORD", "firebreak");
        String schema = "it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL is not reachable at " + url
                    + " — start it with `bash .ci/postgres-start` (see README, Tests)", e);
        }
        return datasource(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema, user, password);
    }

    private static Map<String, String> datasource(String url, String user, String password) {
        return Map.of("datasources.default.url", url, "datasources.default.username", user,
                "datasources.default.password", password);
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
