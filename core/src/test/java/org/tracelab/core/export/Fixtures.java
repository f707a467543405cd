package org.tracelab.core.export;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.tracelab.core.run.Margin;

/** Small hand-made export inputs. */
final class Fixtures {

    static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final ExportRun RUN = new ExportRun(
            7, "nightly", "qwen2.5-0.5b-instruct-q4_k_m.gguf", "tracelab-ifeval/2+punkt", "tracelab-sample-tasks");
    static final ExportSource SOURCE = new ExportSource(List.of(RUN), "0.1.0-test", false);

    /** A chosen answer that follows both instructions over one that follows one of them. */
    static final PairRanking RANK_1_OVER_2 = new PairRanking(1, 2, new Margin(Margin.Criterion.ALL_STRICT, 1, 1));

    private static long nextId = 1;

    private Fixtures() {}

    static AttemptRef ref() {
        long id = nextId++;
        return new AttemptRef(RUN.id(), 100 + id, 1000 + id);
    }

    static ExportExample example(String task, String prompt, String completion, boolean passes, String... flags) {
        return new ExportExample(task, prompt, null, completion, passes, Set.of(flags), ref());
    }

    /** An SFT/KTO example ranked {@code rank} among the answers of its task's seed {@code seed}. */
    static ExportExample ranked(String task, String completion, boolean passes, long seed, int rank, String... flags) {
        AttemptRef source = ref();
        return new ExportExample(
                task,
                "Prompt of " + task,
                null,
                completion,
                passes,
                Set.of(flags),
                source,
                org.tracelab.core.trace.CurationState.NONE,
                RolloutRank.of(RUN.id(), task, seed, rank));
    }

    static ExportExample withSystem(ExportExample e, String system) {
        return new ExportExample(
                e.taskKey(), e.prompt(), system, e.completion(), e.passesAllStrict(), e.flags(), e.source());
    }

    static PreferencePair pair(String task, String prompt, String chosen, String rejected) {
        return pair(task, prompt, null, chosen, rejected, Set.of(), Set.of());
    }

    static PreferencePair pair(
            String task,
            String prompt,
            String system,
            String chosen,
            String rejected,
            Set<String> chosenFlags,
            Set<String> rejectedFlags) {
        return new PreferencePair(
                task,
                prompt,
                system,
                chosen,
                rejected,
                1.0,
                PairOrigin.REPAIR,
                RANK_1_OVER_2,
                chosenFlags,
                rejectedFlags,
                ref(),
                ref());
    }

    /** {@code n} passing SFT examples over {@code n} distinct tasks. */
    static List<ExportExample> manyTasks(int n) {
        return java.util.stream.IntStream.range(0, n)
                .mapToObj(i -> example("task-" + i, "Write about topic " + i + " in lower case.", "answer " + i, true))
                .toList();
    }
}
