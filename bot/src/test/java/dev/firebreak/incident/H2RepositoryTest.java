package dev.firebreak.incident;

import dev.firebreak.support.TestDatabases;
import java.util.Map;

class H2RepositoryTest extends RepositoryContract {
    @Override
    Map<String, String> database() {
        return TestDatabases.h2Memory();
    }
}
