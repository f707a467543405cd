package org.tracelab.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracelab.storage.query.ChainQuery;
import org.tracelab.storage.query.PageRequest;

/** Every earlier schema version must open with the current code, keeping its data and gaining what is new. */
class MigrationTest {

    @TempDir
    Path dir;

    static java.util.stream.IntStream earlierVersions() {
        return java.util.stream.IntStream.range(1, TraceStore.currentSchemaVersion());
    }

    @ParameterizedTest(name = "schema version {0}")
    @MethodSource("earlierVersions")
    void fileOfAnEarlierVersionOpensWithItsDataSearchable(int version) throws Exception {
        Path file = dir.resolve("v" + version + ".db");
        OldSchemaFixture.create(file, version);

        try (TraceStore store = TraceStore.open(file); TraceReader reader = store.openReader()) {
            assertThat(reader.runs()).extracting(run -> run.info().name()).containsExactly("from version " + version);
            var page = reader.chains(ChainQuery.all().withFullText("drizzle"), PageRequest.first(10));
            assertThat(page.rows()).hasSize(1);
            assertThat(page.rows().get(0).finalStrict()).isTrue();
            assertThat(reader.attempts(page.rows().get(0).chainId()).get(0).attempt().output())
                    .isEqualTo(OldSchemaFixture.OUTPUT);
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement()) {
            assertThat(TraceStoreTest.scalar(statement, "PRAGMA user_version"))
                    .isEqualTo(String.valueOf(TraceStore.currentSchemaVersion()));
            assertThat(TraceStoreTest.scalar(statement, "PRAGMA integrity_check")).isEqualTo("ok");
        }
    }

    @Test
    void fileOfANewerVersionIsRefused() throws Exception {
        Path file = dir.resolve("future.db");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("PRAGMA user_version = " + (TraceStore.currentSchemaVersion() + 1));
        }
        assertThatThrownBy(() -> TraceStore.open(file)).isInstanceOf(StoreException.class)
                .hasMessageContaining("newer than this Tracelab understands");
    }
}
