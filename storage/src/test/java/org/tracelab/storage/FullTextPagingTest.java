package org.tracelab.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracelab.core.testing.SampleTraces;
import org.tracelab.core.trace.Attempt;
import org.tracelab.core.trace.ChainKey;
import org.tracelab.core.verify.InstructionVerdict;
import org.tracelab.storage.query.ChainPage;
import org.tracelab.storage.query.ChainQuery;
import org.tracelab.storage.query.ChainSummary;
import org.tracelab.storage.query.FacetCounts;
import org.tracelab.storage.query.PageRequest;
import org.tracelab.storage.query.VerdictLevel;

/**
 * Full-text pages are read from the index in chain order with a LIMIT: they must still give every matching chain
 * once, in order, across page and batch boundaries, with other filters applied, while attempts of many chains
 * interleave as they do under a concurrent runner.
 */
class FullTextPagingTest {

    private static final int CHAINS = 60;

    @TempDir
    Path dir;

    @Test
    void pagesOfABroadAndANarrowMatchListEachMatchingChainOnceInOrder() throws Exception {
        Path file = dir.resolve("text.db");
        List<Long> runA = new ArrayList<>();
        List<Long> runB = new ArrayList<>();
        List<Long> kiwiInA = new ArrayList<>();
        List<Long> directInA = new ArrayList<>();
        long[] runs = new long[2];
        // Small batches: the index is filled batch by batch, chains span several batches.
        try (TraceStore store = TraceStore.open(file, new WriterSettings(7, Duration.ofSeconds(10)))) {
            TraceWriter writer = store.writer();
            long a = writer.createRun(SampleTraces.run("a"));
            long b = writer.createRun(SampleTraces.run("b"));
            runs[0] = a;
            runs[1] = b;
            writer.putTask(a, SampleTraces.task("1"));
            writer.putTask(b, SampleTraces.task("1"));
            List<ChainHandle> open = new ArrayList<>();
            for (int i = 0; i < CHAINS; i++) {
                long run = i % 3 == 2 ? b : a;
                ChainHandle chain =
                        writer.beginChain(new ChainKey(run, "1", i % 2 == 0 ? "direct" : "repair", (long) i, 0));
                open.add(chain);
                (run == a ? runA : runB).add(chain.chainId());
                if (run == a && i % 5 == 0) {
                    kiwiInA.add(chain.chainId());
                }
                if (run == a && i % 2 == 0) {
                    directInA.add(chain.chainId());
                }
            }
            // Round-robin over the chains: attempt ids interleave between chains.
            for (int index = 0; index < 3; index++) {
                for (int i = 0; i < CHAINS; i++) {
                    String kiwi = i % 5 == 0 && index == 1 ? " kiwi" : "";
                    writer.appendAttempt(open.get(i), attempt(index, "common words here" + kiwi));
                }
            }
            // A refused call (wrong attempt index) writes nothing, so nothing of it reaches the index.
            assertThat(org.assertj.core.api.Assertions.catchThrowable(
                            () -> writer.appendAttempt(open.get(0), attempt(1, "kiwi twice"))))
                    .isInstanceOf(StoreException.class);
            for (int i = 0; i < CHAINS; i++) {
                writer.finishChain(open.get(i), 2);
            }
            writer.commit();
        }
        try (TraceStore store = TraceStore.open(file);
                TraceReader reader = store.openReader()) {
            assertThat(allPages(reader, ChainQuery.all().withFullText("common words"), 7))
                    .containsExactlyElementsOf(concatSorted(runA, runB));
            assertThat(allPages(reader, ChainQuery.all().withRuns(runs[0]).withFullText("common"), 4))
                    .containsExactlyElementsOf(runA);
            assertThat(allPages(reader, ChainQuery.all().withFullText("kiwi").withRuns(runs[0]), 3))
                    .containsExactlyElementsOf(kiwiInA);
            assertThat(allPages(
                            reader,
                            ChainQuery.all()
                                    .withFullText("common")
                                    .withRuns(runs[0])
                                    .withModes("direct"),
                            5))
                    .containsExactlyElementsOf(directInA);
            assertThat(allPages(reader, ChainQuery.all().withFullText("words common"), 5))
                    .isEmpty();
            assertThat(allPages(reader, ChainQuery.all().withFullText("kiwi").withRuns(runs[1] + 100), 5))
                    .isEmpty();
            FacetCounts facets = reader.facets(ChainQuery.all().withFullText("kiwi"));
            assertThat(facets.total()).isEqualTo(CHAINS / 5);
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement sql = connection.createStatement()) {
            sql.executeUpdate("INSERT INTO attempt_text (attempt_text, rank) VALUES ('integrity-check', 1)");
        }
    }

    @Test
    void finalVerdictFiltersFollowReplacedVerdicts() {
        try (TraceStore store = TraceStore.open(dir.resolve("v.db"))) {
            TraceWriter writer = store.writer();
            long run = writer.createRun(SampleTraces.run("r"));
            writer.putTask(run, SampleTraces.task("1"));
            ChainHandle chain = writer.beginChain(new ChainKey(run, "1", "direct", 1L, 0));
            long attempt = writer.appendAttempt(chain, SampleTraces.failingDirect("a, b"));
            writer.finishChain(chain, 0);
            writer.commit();
            ChainQuery commaFailures =
                    ChainQuery.all().withInstructions("punctuation:no_comma").withVerdict(VerdictLevel.STRICT, false);
            ChainQuery commaPasses =
                    ChainQuery.all().withInstructions("punctuation:no_comma").withVerdict(VerdictLevel.BOTH, true);
            try (TraceReader reader = store.openReader()) {
                assertThat(ids(reader, commaFailures)).containsExactly(chain.chainId());
                assertThat(ids(reader, commaPasses)).isEmpty();
                List<InstructionVerdict> now = SampleTraces.passingPatch("a b").verdicts();
                writer.replaceVerdicts(attempt, now);
                writer.commit();
                assertThat(ids(reader, commaFailures)).isEmpty();
                assertThat(ids(reader, commaPasses)).containsExactly(chain.chainId());
            }
        }
    }

    @Test
    void aFailedCallInsideATransactionRollsItBackEvenWhenTheFailureWasCaught() {
        try (TraceStore store = TraceStore.open(dir.resolve("t.db"))) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> store.writer()
                            .inTransaction(w -> {
                                long run = w.createRun(SampleTraces.run("doomed"));
                                try {
                                    w.beginChain(new ChainKey(run, "no such task", "direct", null, 0));
                                } catch (StoreException expected) {
                                    // swallowed on purpose: the transaction must still not commit half of its work
                                }
                                return run;
                            }))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("rolled back");
            long kept = store.writer().createRun(SampleTraces.run("after"));
            store.writer().commit();
            try (TraceReader reader = store.openReader()) {
                assertThat(reader.runs()).extracting(StoredRun::id).containsExactly(kept);
            }
        }
    }

    private static Attempt attempt(int index, String output) {
        Attempt template = index == 0 ? SampleTraces.failingDirect(output) : SampleTraces.passingPatch(output);
        return new Attempt(
                index,
                index == 0 ? null : index - 1,
                template.strategy(),
                template.request(),
                output,
                template.finishReason(),
                template.promptTokens(),
                template.completionTokens(),
                template.latencyMs(),
                template.error(),
                template.createdAt(),
                template.verdicts(),
                template.flags());
    }

    private static List<Long> allPages(TraceReader reader, ChainQuery query, int limit) {
        List<Long> ids = new ArrayList<>();
        PageRequest request = PageRequest.first(limit);
        while (request != null) {
            ChainPage page = reader.chains(query, request);
            assertThat(page.rows().size()).isLessThanOrEqualTo(limit);
            page.rows().stream().map(ChainSummary::chainId).forEach(ids::add);
            request = page.next();
        }
        return ids;
    }

    private static List<Long> ids(TraceReader reader, ChainQuery query) {
        return reader.chains(query, PageRequest.first(10)).rows().stream()
                .map(ChainSummary::chainId)
                .toList();
    }

    private static List<Long> concatSorted(List<Long> first, List<Long> second) {
        List<Long> all = new ArrayList<>(first);
        all.addAll(second);
        all.sort(null);
        return all;
    }

    @Test
    void anyTextIsSearchedAsTextNulAndQuotesIncludedAndTheReaderStaysUsable() {
        try (TraceStore store = TraceStore.open(dir.resolve("nul.db"))) {
            TraceWriter writer = store.writer();
            long run = writer.createRun(SampleTraces.run("r"));
            writer.putTask(run, SampleTraces.task("1"));
            ChainHandle chain = writer.beginChain(new ChainKey(run, "1", "direct", 1L, 0));
            writer.appendAttempt(chain, SampleTraces.failingDirect("soft rain on the \"old\" roof"));
            writer.finishChain(chain, 0);
            writer.commit();
            try (TraceReader reader = store.openReader()) {
                for (String query :
                        List.of("rain\u0000roof", "\u0000", "\"old\"", "rain AND NOT", "*", "\u0001\u007f")) {
                    ChainQuery search = ChainQuery.all().withFullText(query);
                    reader.chains(search, PageRequest.first(10));
                    reader.facets(search);
                }
                assertThat(reader.chains(ChainQuery.all().withFullText("soft rain"), PageRequest.first(10))
                                .rows())
                        .extracting(ChainSummary::chainId)
                        .containsExactly(chain.chainId());
                assertThat(reader.chains(ChainQuery.all().withFullText("rain\u0000on"), PageRequest.first(10))
                                .rows())
                        .extracting(ChainSummary::chainId)
                        .containsExactly(chain.chainId());
            }
        }
    }
}
