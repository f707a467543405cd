package org.tracelab.core.record;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.tracelab.core.privacy.LocalPaths;
import org.tracelab.core.privacy.Urls;

/**
 * Brings a valid record of an older schema version to the current one before it is mapped. Version 1 named the
 * model's endpoint as one space-separated string (as the user typed it, credentials included) and its file by
 * path, and kept local paths among the sampling parameters; version 2 keeps endpoints without credentials, the
 * file name only, and no paths.
 */
final class RecordUpgrade {

    /** Sampling parameters of version 1 records that held local paths; they are resume hints now, never exported. */
    static final String[] LOCAL_PATH_PARAMETERS = {"dataset_path", "gguf_path"};

    private RecordUpgrade() {}

    /** The record in the current version's shape; {@code record} itself when it already is. */
    static JsonNode toCurrent(JsonNode record) {
        if (record.path("schemaVersion").asInt() != 1) {
            return record;
        }
        ObjectNode upgraded = record.deepCopy();
        upgraded.put("schemaVersion", ComplianceEvalRecord.SCHEMA_VERSION);
        ObjectNode model = (ObjectNode) upgraded.path("run").path("model");
        JsonNode endpoint = model.remove("endpoint");
        ArrayNode endpoints = model.putArray("endpoints");
        if (endpoint != null && !endpoint.asText().isBlank()) {
            for (String url : endpoint.asText().strip().split("\\s+")) {
                endpoints.add(Urls.withoutCredentials(url));
            }
        }
        JsonNode path = model.remove("filePath");
        if (path != null) {
            model.put("fileName", LocalPaths.fileName(path.asText()));
        }
        if (model.get("samplingParams") instanceof ObjectNode params) {
            for (String local : LOCAL_PATH_PARAMETERS) {
                params.remove(local);
            }
        }
        return upgraded;
    }
}
