package org.tracelab.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracelab.core.testing.SampleTraces;
import org.tracelab.core.trace.ChainKey;
import org.tracelab.core.trace.Curation;
import org.tracelab.core.trace.CurationState;
import org.tracelab.core.trace.CurationTarget.PairTarget;

class PairCurationTest {

    @TempDir
    Path dir;

    @Test
    void readsTheLatestDecisionAboutEachPairOfTheRunOnly() {
        try (TraceStore store = TraceStore.open(dir.resolve("t.db"))) {
            TraceWriter writer = store.writer();
            long[] first = repairChain(writer, "first");
            long[] second = repairChain(writer, "second");
            PairTarget firstPair = new PairTarget(first[1], first[0]);
            PairTarget reversed = new PairTarget(first[0], first[1]);
            writer.curate(firstPair, new Curation(CurationState.EXCLUDED, null));
            writer.curate(firstPair, new Curation(CurationState.INCLUDED, "clean repair"));
            writer.curate(reversed, new Curation(CurationState.NONE, "looked at it"));
            writer.curate(new PairTarget(second[1], second[0]), new Curation(CurationState.EXCLUDED, "other run"));
            writer.commit();

            try (TraceReader reader = store.openReader()) {
                Map<PairTarget, Curation> curations = reader.pairCurations(first[2]);
                assertThat(curations)
                        .containsOnly(
                                Map.entry(firstPair, new Curation(CurationState.INCLUDED, "clean repair")),
                                Map.entry(reversed, new Curation(CurationState.NONE, "looked at it")));
                assertThat(reader.pairCurations(second[2])).containsOnlyKeys(new PairTarget(second[1], second[0]));
                assertThat(reader.pairCurations(second[2] + 1)).isEmpty();
            }
        }
    }

    /** A run with one failing attempt repaired by a passing one: {failing id, passing id, run id}. */
    private static long[] repairChain(TraceWriter writer, String name) {
        long run = writer.createRun(SampleTraces.run(name));
        writer.putTask(run, SampleTraces.task("1"));
        ChainHandle chain = writer.beginChain(new ChainKey(run, "1", "repair", 42L, 0));
        long failing = writer.appendAttempt(chain, SampleTraces.failingDirect("a, b"));
        long passing = writer.appendAttempt(chain, SampleTraces.passingPatch("a b"));
        writer.finishChain(chain, 1);
        return new long[] {failing, passing, run};
    }
}
