package org.tracelab.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tracelab.core.trace.Message;
import org.tracelab.storage.query.ChainQuery;
import org.tracelab.storage.query.PageRequest;
import org.tracelab.storage.query.VerdictLevel;

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

        try (TraceStore store = TraceStore.open(file);
                TraceReader reader = store.openReader()) {
            assertThat(reader.runs()).extracting(run -> run.info().name()).containsExactly("from version " + version);
            var page = reader.chains(ChainQuery.all().withFullText("drizzle"), PageRequest.first(10));
            assertThat(page.rows()).hasSize(1);
            assertThat(page.rows().get(0).finalStrict()).isTrue();
            var attempt = reader.attempts(page.rows().get(0).chainId()).get(0).attempt();
            assertThat(attempt.output()).isEqualTo(OldSchemaFixture.OUTPUT);
            // Requests written before version 4 keep their text and read as before.
            assertThat(attempt.request()).containsExactly(new Message("user", "Write about rain."));
            assertThat(reader.chains(
                                    ChainQuery.all()
                                            .withInstructions("punctuation:no_comma")
                                            .withVerdict(VerdictLevel.STRICT, true),
                                    PageRequest.first(10))
                            .rows())
                    .hasSize(1);
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement()) {
            assertThat(TraceStoreTest.scalar(statement, "PRAGMA user_version"))
                    .isEqualTo(String.valueOf(TraceStore.currentSchemaVersion()));
            assertThat(TraceStoreTest.scalar(statement, "PRAGMA integrity_check"))
                    .isEqualTo("ok");
            statement.executeUpdate("INSERT INTO attempt_text (attempt_text, rank) VALUES ('integrity-check', 1)");
        }
    }

    @Test
    void fileOfANewerVersionIsRefused() throws Exception {
        Path file = dir.resolve("future.db");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("PRAGMA user_version = " + (TraceStore.currentSchemaVersion() + 1));
        }
        assertThatThrownBy(() -> TraceStore.open(file))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("newer than this Tracelab understands");
    }
}
