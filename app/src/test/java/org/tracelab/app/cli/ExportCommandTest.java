package org.tracelab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracelab.app.cli.CliRunner.Result;
import org.tracelab.app.service.TaskProgress;
import org.tracelab.app.service.pairs.MinedPair;
import org.tracelab.app.service.pairs.PairFilter;
import org.tracelab.app.service.pairs.PairService;
import org.tracelab.app.service.store.OpenStore;
import org.tracelab.app.testing.RepairRuns;
import org.tracelab.core.testing.SharedData;
import org.tracelab.core.trace.Curation;
import org.tracelab.core.trace.CurationState;

class ExportCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void exportsConversationalDpoPairsFromAnImportedRun() throws Exception {
        Path db = dir.resolve("t.tracelab.db");
        Result imported = CliRunner.run(
                "import",
                "--db",
                db.toString(),
                "--format",
                "wasmagent",
                "--prompts",
                SharedData.require("data/ifeval/input_data.jsonl").toString(),
                "--nltk-data",
                SharedData.require("data/nltk_data").toString(),
                SharedData.require("data/wasmagent/qwen2.5-1.5b-seed42/runs.jsonl")
                        .toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        Path out = dir.resolve("pairs.jsonl");

        Result exported = CliRunner.run("export", "--db", db.toString(), "--kind", "dpo", "--out", out.toString());

        assertThat(exported.exitCode()).as(exported.err()).isZero();
        assertThat(exported.out()).contains("contaminates IFEval scores");
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).isNotEmpty();
        for (String line : lines) {
            JsonNode pair = JSON.readTree(line);
            assertThat(pair.fieldNames()).toIterable().containsExactly("prompt", "chosen", "rejected");
            assertThat(pair.get("prompt").get(0).get("role").asText()).isEqualTo("user");
            assertThat(pair.get("chosen").get(0).get("role").asText()).isEqualTo("assistant");
            assertThat(pair.get("chosen").get(0).get("content").asText())
                    .isNotEqualTo(pair.get("rejected").get(0).get("content").asText());
        }
        assertThat(dir.resolve("pairs.manifest.json")).exists();
        assertThat(dir.resolve("README.md")).content().contains("IFEval");
    }

    @Test
    void emptySelectionIsAClearError() {
        Path db = dir.resolve("empty.tracelab.db");
        Result result = CliRunner.run(
                "export",
                "--db",
                db.toString(),
                "--kind",
                "sft",
                "--out",
                dir.resolve("sft.jsonl").toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("no runs");
        assertThat(dir.resolve("sft.jsonl")).doesNotExist();
    }

    @Test
    void onlyCuratedExportsTheIncludedPairsOfAStoreBuiltHere() throws Exception {
        Path db = dir.resolve("curated.tracelab.db");
        long run = RepairRuns.create(db, 2);
        try (OpenStore store = OpenStore.open(db)) {
            MinedPair repair = new PairService(store)
                    .pairs(PairFilter.run(run), TaskProgress.NONE)
                    .get(2);
            store.writer().curate(repair.target(), new Curation(CurationState.INCLUDED, null));
            store.writer().commit();
        }
        Path out = dir.resolve("dpo.jsonl");

        Result result = CliRunner.run(
                "export",
                "--db",
                db.toString(),
                "--kind",
                "dpo",
                "--style",
                "standard",
                "--only-curated",
                "--out",
                out.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("excluded 3 (not_included)");
        JsonNode line = JSON.readTree(Files.readAllLines(out).get(0));
        assertThat(Files.readAllLines(out)).hasSize(1);
        assertThat(line.get("prompt").asText()).isEqualTo(RepairRuns.prompt(2));
        assertThat(line.get("chosen").asText()).isEqualTo(RepairRuns.fixedText(2));
        assertThat(line.get("rejected").asText()).isEqualTo(RepairRuns.repairedText(2));
    }

    @Test
    void recordsOfAnImportedRunImportIntoAnEmptyStoreAndExportAgainTheSameApartFromIds() throws Exception {
        Path db = dir.resolve("wasmagent.tracelab.db");
        Result imported = CliRunner.run(
                "import",
                "--db",
                db.toString(),
                "--format",
                "wasmagent",
                "--prompts",
                SharedData.require("data/ifeval/input_data.jsonl").toString(),
                "--nltk-data",
                SharedData.require("data/nltk_data").toString(),
                SharedData.require("data/wasmagent/qwen2.5-1.5b-seed42/runs.jsonl")
                        .toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        Path first = dir.resolve("first.jsonl");

        Result exported = CliRunner.run(
                "export", "--db", db.toString(), "--run", "1", "--kind", "records", "--out", first.toString());

        assertThat(exported.exitCode()).as(exported.err()).isZero();
        assertThat(exported.out()).contains("150 records (one per chain)");
        Path copy = dir.resolve("copy.tracelab.db");
        Result again = CliRunner.run("import", "--db", copy.toString(), "--format", "records", first.toString());
        assertThat(again.exitCode()).as(again.err()).isZero();
        Path second = dir.resolve("second.jsonl");
        assertThat(CliRunner.run("export", "--db", copy.toString(), "--kind", "records", "--out", second.toString())
                        .exitCode())
                .isZero();
        List<String> before = Files.readAllLines(first);
        List<String> after = Files.readAllLines(second);
        assertThat(before).hasSize(150);
        assertThat(after.stream().map(ExportCommandTest::withoutStoreIds).toList())
                .isEqualTo(
                        before.stream().map(ExportCommandTest::withoutStoreIds).toList());
        assertThat(JSON.readTree(before.get(0)).get("storeIds").get("run").asLong())
                .isEqualTo(1);
    }

    @Test
    void optionsOfTrlDatasetsAreRefusedForRecordsAndBestOfNOnlyConcernsSft() {
        Path db = dir.resolve("r.tracelab.db");
        RepairRuns.create(db, 2);

        Result styled = CliRunner.run(
                "export",
                "--db",
                db.toString(),
                "--kind",
                "records",
                "--style",
                "standard",
                "--out",
                dir.resolve("r.jsonl").toString());
        Result dpo = CliRunner.run(
                "export",
                "--db",
                db.toString(),
                "--kind",
                "dpo",
                "--sft-all-passing",
                "--out",
                dir.resolve("d.jsonl").toString());

        assertThat(styled.exitCode()).isEqualTo(2);
        assertThat(styled.err()).contains("--style does not apply to --kind records");
        assertThat(dpo.exitCode()).isEqualTo(2);
        assertThat(dpo.err()).contains("--sft-all-passing applies to --kind sft only");
        assertThat(dir.resolve("r.jsonl")).doesNotExist();
    }

    /** A records line with the store-assigned ids taken out. */
    private static String withoutStoreIds(String line) {
        return line.replaceFirst(",\"storeIds\":\\{[^}]*\\}\\}$", "}");
    }
}
