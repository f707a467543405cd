package org.tracelab.app.service.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracelab.app.service.imports.ImportService;
import org.tracelab.app.service.store.OpenStore;
import org.tracelab.core.dataset.IfevalPromptsReader;
import org.tracelab.core.importing.ImportFormat;
import org.tracelab.core.testing.SharedData;
import org.tracelab.core.verify.Verifiers;
import org.tracelab.storage.query.ModeAggregate;

/**
 * The importing tool's own verdicts beside ours, per mode, on a real WasmAgent run: its pass rate recounted from the
 * file's {@code final_pass} fields, ours equal to the summary's strict rate; and a second import of the same file is
 * found by its digest.
 */
class SourceRatesTest {

    @TempDir
    Path dir;

    @Test
    void wasmAgentsOwnPassRatesSitBesideTracelabsStrictOnesForEveryMode() throws Exception {
        Path runs = SharedData.require("data/wasmagent/qwen2.5-1.5b-seed42/runs.jsonl");
        Path prompts = SharedData.require("data/ifeval/input_data.jsonl");
        Path nltk = SharedData.require("data/nltk_data");
        Map<String, int[]> expected = new LinkedHashMap<>(); // modes in the file's order, the run's
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(runs)) {
            JsonNode record = json.readTree(line);
            int[] counts = expected.computeIfAbsent(record.get("mode").asText(), mode -> new int[2]);
            counts[0]++;
            counts[1] += record.get("final_pass").asBoolean() ? 1 : 0;
        }

        try (OpenStore store = OpenStore.open(dir.resolve("t.db"))) {
            ImportService imports = new ImportService(store, Verifiers.create(nltk), Clock.systemUTC());
            assertThat(ImportService.runsImportedFrom(store, ImportFormat.WASMAGENT, runs))
                    .isEmpty();
            long run = imports.importFile(ImportFormat.WASMAGENT, runs, IfevalPromptsReader.read(prompts))
                    .runIds()
                    .get(0);
            RunReport report = new ReportService(store).report(run).orElseThrow();

            assertThat(report.sources()).extracting(SourceRate::mode).containsExactlyElementsOf(expected.keySet());
            for (SourceRate rate : report.sources()) {
                assertThat(rate.tool()).isEqualTo("wasmagent");
                assertThat(rate.chains())
                        .as(rate.mode())
                        .isEqualTo(expected.get(rate.mode())[0])
                        .isEqualTo(50);
                assertThat(rate.passed()).as(rate.mode()).isEqualTo(expected.get(rate.mode())[1]);
                ModeAggregate ours = report.summary().modes().stream()
                        .filter(mode -> mode.mode().equals(rate.mode()))
                        .findFirst()
                        .orElseThrow();
                assertThat(rate.strictRate())
                        .as(rate.mode())
                        .isEqualTo(ours.all().promptStrict());
            }
            assertThat(ImportService.runsImportedFrom(store, ImportFormat.WASMAGENT, runs))
                    .containsExactly(run);
            assertThat(ImportService.runsImportedFrom(store, ImportFormat.LM_EVAL, runs))
                    .isEmpty();
        }
    }
}
