package org.tracelab.app.ui.explorer;

import java.util.List;
import org.tracelab.core.testing.SampleTraces;
import org.tracelab.core.trace.Attempt;
import org.tracelab.core.trace.ChainKey;
import org.tracelab.core.trace.Message;
import org.tracelab.core.trace.Strategy;
import org.tracelab.core.trace.TaskRecord;
import org.tracelab.core.verify.InstructionVerdict;
import org.tracelab.core.verify.LooseVariant;
import org.tracelab.storage.ChainHandle;
import org.tracelab.storage.TraceWriter;

/**
 * A small store with known content for the explorer tests. The newer run ("explored", shown by default):
 * <ul>
 *   <li>{@code directComma}: task 1 (no_comma + lowercase), direct, seed 1: "rain, rain" fails no_comma</li>
 *   <li>{@code repaired}: task 1, repair, seed 1: "rain, soft" fails, then the patch "rain soft" passes</li>
 *   <li>{@code title}: task 2 (title), direct, seed 1: passes</li>
 *   <li>{@code directTwoCommas}: task 1, direct, seed 2: "we, too, all" fails no_comma (evidence on both commas)</li>
 * </ul>
 * The older run ("other") holds one failing chain of task 1, so filters must keep to the run shown.
 */
record ExplorerTestStore(long run, long otherRun, long directComma, long repaired, long title, long directTwoCommas) {

    static final String NO_COMMA = "punctuation:no_comma";
    static final String TITLE = "detectable_format:title";

    static ExplorerTestStore fill(TraceWriter writer) {
        long other = writer.createRun(SampleTraces.run("other"));
        long run = writer.createRun(SampleTraces.run("explored"));
        TaskRecord titleTask = new TaskRecord(
                "2",
                "Write a poem with a title in double angular brackets.",
                List.of(TITLE),
                List.of(SampleTraces.json("{}")),
                List.of());
        writer.putTask(run, SampleTraces.task("1"));
        writer.putTask(run, titleTask);
        writer.putTask(other, SampleTraces.task("1"));
        long directComma = chain(
                writer, new ChainKey(run, "1", "direct", 1L, 0), List.of(SampleTraces.failingDirect("rain, rain")));
        long repaired = chain(
                writer,
                new ChainKey(run, "1", "repair", 1L, 0),
                List.of(SampleTraces.failingDirect("rain, soft"), SampleTraces.passingPatch("rain soft")));
        long title = chain(writer, new ChainKey(run, "2", "direct", 1L, 0), List.of(titled()));
        long twoCommas = chain(writer, new ChainKey(run, "1", "direct", 2L, 0), List.of(twoCommas()));
        chain(writer, new ChainKey(other, "1", "direct", 1L, 0), List.of(SampleTraces.failingDirect("elsewhere, too")));
        writer.commit();
        return new ExplorerTestStore(run, other, directComma, repaired, title, twoCommas);
    }

    /** "we, too, all": both commas are evidence of no_comma. */
    static Attempt twoCommas() {
        String output = "we, too, all";
        return new Attempt(
                0,
                null,
                Strategy.DIRECT,
                List.of(new Message("user", SampleTraces.task("1").prompt())),
                output,
                "stop",
                31,
                5,
                700L,
                null,
                SampleTraces.T0,
                List.of(
                        new InstructionVerdict(
                                0,
                                NO_COMMA,
                                false,
                                false,
                                null,
                                List.of(
                                        new org.tracelab.core.verify.text.Span(2, 3),
                                        new org.tracelab.core.verify.text.Span(7, 8)),
                                "found 2 commas; the instruction forbids any"),
                        new InstructionVerdict(
                                1,
                                "change_case:english_lowercase",
                                true,
                                true,
                                LooseVariant.AS_GIVEN,
                                List.of(),
                                "all letters are lower case")),
                List.of());
    }

    private static Attempt titled() {
        return new Attempt(
                0,
                null,
                Strategy.DIRECT,
                List.of(new Message("user", "Write a poem with a title.")),
                "<<Rain>>\nsoft rain",
                "stop",
                20,
                6,
                300L,
                null,
                SampleTraces.T0,
                List.of(new InstructionVerdict(
                        0, TITLE, true, true, LooseVariant.AS_GIVEN, List.of(), "title <<Rain>> found")),
                List.of());
    }

    private static long chain(TraceWriter writer, ChainKey key, List<Attempt> attempts) {
        ChainHandle chain = writer.beginChain(key);
        attempts.forEach(attempt -> writer.appendAttempt(chain, attempt));
        writer.finishChain(chain, attempts.size() - 1);
        return chain.chainId();
    }
}
