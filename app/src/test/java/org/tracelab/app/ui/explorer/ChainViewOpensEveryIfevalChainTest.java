package org.tracelab.app.ui.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracelab.app.service.store.OpenStore;
import org.tracelab.app.service.workspace.StoreWorkspace;
import org.tracelab.app.service.workspace.Workspace;
import org.tracelab.app.ui.jobs.ImmediateJobs;
import org.tracelab.core.dataset.IfevalPromptsReader;
import org.tracelab.core.importing.ImportFormat;
import org.tracelab.core.testing.SharedData;
import org.tracelab.core.verify.Verifiers;
import org.tracelab.storage.query.ChainPage;
import org.tracelab.storage.query.ChainQuery;
import org.tracelab.storage.query.ChainSummary;
import org.tracelab.storage.query.PageRequest;

/**
 * The acceptance test of issue 16's crash: a store built from all 541 IFEval prompts (GPT-4's official responses,
 * imported and re-verified) opens every one of its chains in the chain view, including the 17 whose task lists an
 * instruction id twice, which used to fail with "duplicate element".
 */
class ChainViewOpensEveryIfevalChainTest {

    @TempDir
    Path dir;

    @Test
    void everyChainOfAllIfevalPromptsOpens() {
        Path prompts = SharedData.require("data/ifeval/input_data.jsonl");
        Path responses = SharedData.require("data/ifeval/responses_gpt4.jsonl");
        Path nltk = SharedData.require("data/nltk_data");
        List<String> errors = new ArrayList<>();
        try (OpenStore store = OpenStore.open(dir.resolve("ifeval.tracelab.db"))) {
            StoreWorkspace workspace = new StoreWorkspace(store, Clock.systemUTC());
            workspace.importFile(
                    ImportFormat.IFEVAL_RESPONSES,
                    responses,
                    IfevalPromptsReader.read(prompts),
                    Verifiers.create(nltk));
            ChainDetailModel view = new ChainDetailModel(
                    new SimpleObjectProperty<Workspace>(workspace),
                    new ImmediateJobs(),
                    (summary, cause) -> errors.add(summary + " / " + cause),
                    (t, c, l, r) -> {});

            List<ChainSummary> chains = new ArrayList<>();
            for (PageRequest page = PageRequest.first(PageRequest.MAX_LIMIT); page != null; ) {
                ChainPage rows = workspace.chains(ChainQuery.all(), page);
                chains.addAll(rows.rows());
                page = rows.next();
            }
            assertThat(chains).hasSize(541);
            int repeatedIds = 0;
            for (ChainSummary chain : chains) {
                view.show(chain);
                ChainDetail shown = view.detail().get();
                assertThat(shown).as("chain " + chain.chainId()).isNotNull();
                assertThat(shown.chain().chainId()).isEqualTo(chain.chainId());
                assertThat(view.attempts()).hasSize(1);
                assertThat(view.selectedAttempt().get()).isNotNull();
                List<String> ids = shown.task().instructionIds();
                repeatedIds += ids.size() > ids.stream().distinct().count() ? 1 : 0;
            }
            assertThat(repeatedIds).as("tasks listing an instruction id twice").isEqualTo(17);
            assertThat(errors).isEmpty();
        }
    }
}
