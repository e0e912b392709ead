package dev.firebreak.incident;

import dev.firebreak.support.TestDatabases;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;

class PostgresRestartIT extends RestartContract {
    private Map<String, String> database;

    @BeforeEach
    void freshSchema() {
        database = TestDatabases.postgresFreshSchema();
    }

    @Override
    Map<String, String> database() {
        return database;
    }
}
