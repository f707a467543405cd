package org.tracelab.storage;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.tracelab.core.privacy.LocalPaths;
import org.tracelab.core.privacy.Urls;

/**
 * The Java step of schema version 6 ({@code V6__nothing_private_in_runs.sql}): rewrites what older versions stored
 * as typed. Endpoints lose their user info, query and fragment; a model file path becomes its file name; the local
 * paths among the sampling parameters move to the run's local-only columns; URLs quoted in attempts' error messages
 * are masked. Runs in the migration's transaction, with {@code secure_delete} on, so the old text is overwritten.
 */
final class PrivateDetailsScrub {

    /** Sampling parameters that held local paths up to version 5, and the local-only column each moves to. */
    static final Map<String, String> LOCAL_PARAMETERS =
            Map.of("dataset_path", "local_dataset_path", "gguf_path", "local_model_path");

    private PrivateDetailsScrub() {}

    static void apply(Connection connection) throws SQLException {
        scrubRuns(connection);
        scrubErrorMessages(connection);
    }

    private static void scrubRuns(Connection connection) throws SQLException {
        List<Object[]> updates = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                        "SELECT id, model_endpoints_json, model_file_name, sampling_params_json FROM runs");
                ResultSet row = select.executeQuery()) {
            while (row.next()) {
                String typed = row.getString(2);
                List<String> endpoints = new ArrayList<>();
                if (typed != null && !typed.isBlank()) {
                    for (String url : typed.strip().split("\\s+")) {
                        endpoints.add(Urls.withoutCredentials(url));
                    }
                }
                String file = row.getString(3);
                Map<String, JsonNode> params = new TreeMap<>(JsonColumns.objectFields(row.getString(4)));
                JsonNode dataset = params.remove("dataset_path");
                JsonNode gguf = params.remove("gguf_path");
                String modelPath =
                        gguf != null ? gguf.asText() : file != null && LocalPaths.isAbsolute(file) ? file : null;
                updates.add(new Object[] {
                    JsonColumns.write(endpoints),
                    LocalPaths.fileName(file),
                    JsonColumns.objectOf(params),
                    dataset == null ? null : dataset.asText(),
                    modelPath,
                    row.getLong(1)
                });
            }
        }
        try (PreparedStatement update = connection.prepareStatement("""
                UPDATE runs SET model_endpoints_json = ?, model_file_name = ?, sampling_params_json = ?,
                    local_dataset_path = ?, local_model_path = ? WHERE id = ?""")) {
            for (Object[] values : updates) {
                for (int i = 0; i < values.length; i++) {
                    update.setObject(i + 1, values[i]);
                }
                update.executeUpdate();
            }
        }
    }

    private static void scrubErrorMessages(Connection connection) throws SQLException {
        List<Object[]> updates = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                        "SELECT id, error_message FROM attempts WHERE error_message LIKE '%://%'");
                ResultSet row = select.executeQuery()) {
            while (row.next()) {
                String message = row.getString(2);
                String masked = Urls.maskIn(message);
                if (!masked.equals(message)) {
                    updates.add(new Object[] {masked, row.getLong(1)});
                }
            }
        }
        try (PreparedStatement update =
                connection.prepareStatement("UPDATE attempts SET error_message = ? WHERE id = ?")) {
            for (Object[] values : updates) {
                update.setString(1, (String) values[0]);
                update.setLong(2, (Long) values[1]);
                update.executeUpdate();
            }
        }
    }
}
