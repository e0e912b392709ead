package dev.firebreak.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatabaseUrlTest {
    @TempDir
    Path dir;

    @Test
    void aPlainH2FileUrlGetsTheModesFirebreakNeeds() {
        String url = DatabaseUrl.normalize("jdbc:h2:file:" + dir.resolve("db"));

        assertThat(url).startsWith("jdbc:h2:file:" + dir.resolve("db") + ";")
                .contains(";MODE=PostgreSQL", ";DATABASE_TO_LOWER=TRUE", ";DEFAULT_NULL_ORDERING=HIGH",
                        ";DB_CLOSE_ON_EXIT=FALSE");
    }

    @Test
    void normalizingTwiceChangesNothing() {
        String once = DatabaseUrl.normalize("jdbc:h2:" + dir.resolve("db") + ";AUTO_SERVER=TRUE");

        assertThat(DatabaseUrl.normalize(once)).isEqualTo(once);
        assertThat(once).contains(";AUTO_SERVER=TRUE");
    }

    @Test
    void anInMemoryDatabaseLivesAsLongAsTheProcess() {
        assertThat(DatabaseUrl.normalize("jdbc:h2:mem:x")).contains(";DB_CLOSE_DELAY=-1").doesNotContain("DB_CLOSE_ON_EXIT");
    }

    @Test
    void postgresUrlsPassUnchanged() {
        String url = "jdbc:postgresql://db.internal:5432/firebreak?sslmode=require";
        assertThat(DatabaseUrl.normalize(url)).isEqualTo(url);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "jdbc:h2:mem:x;MODE=MySQL                 | MODE=MySQL, but Firebreak needs MODE=PostgreSQL",
        "jdbc:h2:mem:x;database_to_lower=false    | DATABASE_TO_LOWER=false, but Firebreak needs DATABASE_TO_LOWER=TRUE",
        "postgres://fb:secret@db:5432/firebreak   | libpq URL: write it as jdbc:postgresql://host:5432/db",
        "jdbc:mysql://db/firebreak                | is not supported",
        "'   '                                    | is empty",
        "jdbc:h2:file:/dev/null/firebreak/db      | cannot be written",
    })
    void aUrlThatCannotWorkIsRefusedWithOneLine(String url, String reason) {
        assertThatThrownBy(() -> DatabaseUrl.normalize(url))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining(reason)
                .hasMessageNotContaining("\n")
                .hasMessageNotContaining("secret");
    }
}
