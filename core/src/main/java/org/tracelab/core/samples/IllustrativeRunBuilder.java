package org.tracelab.core.samples;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.tracelab.core.dataset.IfevalPromptsReader;
import org.tracelab.core.dataset.IfevalTask;
import org.tracelab.core.flags.GamingDetector;
import org.tracelab.core.importing.ImportedChain;
import org.tracelab.core.importing.ImportedRun;
import org.tracelab.core.io.JsonLines;
import org.tracelab.core.io.ProblemCollector;
import org.tracelab.core.run.ChainAttempt;
import org.tracelab.core.run.ChainProgress;
import org.tracelab.core.run.Mode;
import org.tracelab.core.run.NextStep;
import org.tracelab.core.run.RecordedAttempt;
import org.tracelab.core.trace.Attempt;
import org.tracelab.core.trace.DatasetDescription;
import org.tracelab.core.trace.Message;
import org.tracelab.core.trace.ModelDescription;
import org.tracelab.core.trace.RunInfo;
import org.tracelab.core.trace.RunStatus;
import org.tracelab.core.trace.Strategy;
import org.tracelab.core.trace.TaskRecord;
import org.tracelab.core.verify.InstructionVerdict;
import org.tracelab.core.verify.ResponseVerdict;
import org.tracelab.core.verify.Verifier;

/**
 * Turns the hand-written traces into a run, ready to store. Only the answers are hand-written: each chain is
 * replayed through the real {@link Mode} as the benchmark runner does, so the verdicts come from the verifier,
 * the flags from the {@link GamingDetector}, the request messages from the mode's own prompt builders, and the
 * final attempt is the chain's best. A chain whose attempts are not what the mode would have made (a strategy,
 * a parent, one attempt too many or too few) is refused with its line, so the sample can never show a chain the
 * runner could not produce.
 */
public final class IllustrativeRunBuilder {

    /** How every illustration run is named, so no view can take it for a benchmark. */
    public static final String RUN_NAME = "Illustration — hand-written sample traces (not model output)";
    /** The model name of an illustration run: there was no model. */
    public static final String MODEL_NAME = "hand-written (no model)";

    /** Told after each chain is built; may throw to stop (the app's cancel). */
    @FunctionalInterface
    public interface Listener {
        Listener NONE = (done, total) -> {};

        void chainBuilt(int done, int total);
    }

    private static final List<String> MODE_ORDER = List.of(Mode.Direct.NAME, Mode.PromptRetry.NAME, Mode.FullPcl.NAME);

    private final Verifier verifier;
    private final GamingDetector gaming;
    private final Clock clock;

    public IllustrativeRunBuilder(Verifier verifier, GamingDetector gaming, Clock clock) {
        this.verifier = Objects.requireNonNull(verifier, "verifier");
        this.gaming = Objects.requireNonNull(gaming, "gaming");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The run of {@code traces}, answering tasks of {@code tasks}; nothing is stored. Every problem found is
     * thrown together as an {@code InputProblemException} ({@code FILE:LINE: field: problem}).
     */
    public ImportedRun build(SourceText traces, SourceText tasks, Listener listener) {
        List<WrittenChain> written = IllustrativeTracesReader.read(traces);
        List<IfevalTask> taskList = readTasks(tasks);
        Map<String, IfevalTask> byKey = new HashMap<>();
        taskList.forEach(task -> byKey.put(task.keyText(), task));

        ProblemCollector problems = new ProblemCollector();
        checkGroups(traces.name(), written, problems);
        Map<String, Long> modesPerGroup =
                written.stream().collect(Collectors.groupingBy(IllustrativeRunBuilder::group, Collectors.counting()));
        List<ImportedChain> chains = new ArrayList<>();
        for (int i = 0; i < written.size(); i++) {
            WrittenChain chain = written.get(i);
            IfevalTask task = byKey.get(chain.taskKey());
            if (task == null) {
                problems.add(
                        traces.name(),
                        chain.line(),
                        "task",
                        "no task with key " + chain.taskKey() + " in " + tasks.name());
            } else {
                boolean shared = modesPerGroup.get(group(chain)) > 1;
                new Replay(traces.name(), chain, task, shared, problems).run().ifPresent(chains::add);
            }
            listener.chainBuilt(i + 1, written.size());
        }
        problems.throwIfAny();
        return new ImportedRun(runInfo(written, tasks, taskList.size()), chains);
    }

    /** The task file, read as the {@code bench} and {@code verify} commands read one. */
    private List<IfevalTask> readTasks(SourceText tasks) {
        ProblemCollector problems = new ProblemCollector();
        List<IfevalTask> list = new ArrayList<>();
        try {
            JsonLines.read(tasks.name(), new StringReader(tasks.text()), problems, (line, object, sink) -> {
                IfevalTask task = IfevalPromptsReader.parse(tasks.name(), line, object, "", sink, verifier.registry());
                if (task != null) {
                    list.add(task);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + tasks.name(), e); // a StringReader does not fail
        }
        problems.throwIfAny();
        return list;
    }

    /**
     * A chain is unique per task, mode, seed and fork; chains of one task, seed and fork share their first
     * attempt, which the runner makes once for every mode.
     */
    private static void checkGroups(Path file, List<WrittenChain> chains, ProblemCollector problems) {
        Map<String, WrittenChain> seen = new HashMap<>();
        Map<String, WrittenChain> firstOfGroup = new HashMap<>();
        for (WrittenChain chain : chains) {
            WrittenChain same = seen.putIfAbsent(group(chain) + "/" + chain.mode(), chain);
            if (same != null) {
                problems.add(
                        file,
                        chain.line(),
                        "mode",
                        "line " + same.line() + " already has the " + chain.mode() + " chain of task " + chain.taskKey()
                                + ", seed " + chain.seed() + ", fork " + chain.fork());
                continue;
            }
            WrittenChain first = firstOfGroup.putIfAbsent(group(chain), chain);
            if (first != null
                    && !first.attempts()
                            .get(0)
                            .output()
                            .equals(chain.attempts().get(0).output())) {
                problems.add(
                        file,
                        chain.line(),
                        "attempts[0].output",
                        "differs from the first attempt on line "
                                + first.line()
                                + " (same task, seed and fork): the runner makes the first attempt once and "
                                + "shares it between the modes, so copy it exactly");
            }
        }
    }

    private static String group(WrittenChain chain) {
        return chain.taskKey() + "/" + chain.seed() + "/" + chain.fork();
    }

    private RunInfo runInfo(List<WrittenChain> chains, SourceText tasks, int taskCount) {
        List<String> modes = MODE_ORDER.stream()
                .filter(mode -> chains.stream().anyMatch(c -> c.mode().equals(mode)))
                .toList();
        List<Long> seeds =
                List.copyOf(chains.stream().map(WrittenChain::seed).collect(Collectors.toCollection(TreeSet::new)));
        int forks = chains.stream().mapToInt(WrittenChain::fork).max().orElse(0) + 1;
        Instant now = clock.instant();
        ModelDescription model =
                new ModelDescription(ModelDescription.ILLUSTRATION_BACKEND, MODEL_NAME, null, null, null, Map.of());
        DatasetDescription dataset =
                new DatasetDescription(tasks.name().getFileName().toString(), tasks.sha256(), taskCount);
        return new RunInfo(
                RUN_NAME,
                now,
                now,
                RunStatus.FINISHED,
                model,
                dataset,
                modes,
                seeds,
                forks,
                verifier.version(),
                notes(chains.size()));
    }

    private static String notes(int chains) {
        return "Illustration: " + chains + " chains whose answers were written by hand to show what direct, "
                + "prompt_retry and full_pcl chains look like (retry, patch and regenerate repairs, a gamed fix, a "
                + "chain that stays broken). No model produced them, so their pass rates say nothing about any "
                + "model. Verdicts and flags were computed by Tracelab's verifier and gaming detector when the store "
                + "was built; request messages are those the runner sends; token counts and latencies are unknown "
                + "(there was no call). Source: " + BundledSamples.TRACES_SOURCE + ".";
    }

    /** One chain replayed through its mode. */
    private final class Replay {
        private final Path file;
        private final WrittenChain chain;
        private final IfevalTask task;
        private final boolean shared;
        private final ProblemCollector problems;
        private final Mode mode;
        private final List<ChainAttempt> progress = new ArrayList<>();
        private final List<Attempt> attempts = new ArrayList<>();

        Replay(Path file, WrittenChain chain, IfevalTask task, boolean shared, ProblemCollector problems) {
            this.file = file;
            this.chain = chain;
            this.task = task;
            this.shared = shared;
            this.problems = problems;
            this.mode = Mode.parse(chain.mode());
        }

        Optional<ImportedChain> run() {
            for (int i = 0; i < chain.attempts().size(); i++) {
                WrittenAttempt written = chain.attempts().get(i);
                List<Message> request;
                if (i == 0) {
                    if (written.strategy() != Strategy.DIRECT) {
                        return fail(
                                "attempts[0].strategy",
                                "the first attempt is the direct answer to the prompt, not "
                                        + written.strategy().wireName());
                    }
                    request = List.of(new Message("user", task.prompt()));
                } else {
                    Optional<NextStep> step = mode.next(new ChainProgress(task, progress));
                    if (step.isEmpty()) {
                        return fail(
                                "attempts[" + i + "]",
                                "one attempt too many: " + chain.mode() + " stops after attempt " + (i - 1) + " ("
                                        + whyOver() + "); remove it");
                    }
                    if (!(step.get() instanceof NextStep.ModelCall call)) {
                        return fail(
                                "attempts[" + i + "]", chain.mode() + " would rewrite by rule here, not ask a model");
                    }
                    if (call.strategy() != written.strategy()
                            || !Objects.equals(call.parentIndex(), written.parent())) {
                        return fail(
                                "attempts[" + i + "]",
                                chain.mode() + " would make a "
                                        + call.strategy().wireName()
                                        + " of attempt " + call.parentIndex() + " here (" + failures(call.parentIndex())
                                        + "), not a " + written.strategy().wireName() + " of attempt "
                                        + written.parent());
                    }
                    request = call.messages().stream()
                            .map(m -> new Message(m.role().wireName(), m.content()))
                            .toList();
                }
                add(i, written, request);
            }
            Optional<NextStep> more = mode.next(new ChainProgress(task, progress));
            if (more.isPresent()) {
                String strategy = more.get() instanceof NextStep.ModelCall call
                        ? call.strategy().wireName()
                        : "rule fix";
                return fail(
                        "attempts",
                        "ends too early: " + chain.mode() + " would now make a " + strategy
                                + " of attempt " + more.get().parentIndex() + " ("
                                + failures(more.get().parentIndex())
                                + "); add it");
            }
            int finalIndex = ChainProgress.bestIndexOf(progress);
            TaskRecord record = task.toRecord(List.of());
            return Optional.of(new ImportedChain(
                    chain.line(), record, chain.mode(), chain.seed(), chain.fork(), attempts, finalIndex, null));
        }

        private void add(int index, WrittenAttempt written, List<Message> request) {
            ResponseVerdict verdict = verifier.verifyConstraints(task.constraints(), written.output());
            String predecessor = written.parent() == null
                    ? null
                    : progress.get(written.parent()).answer();
            List<String> flags = new ArrayList<>(gaming.detect(task, written.output(), predecessor, false));
            if (index == 0 && shared) {
                flags.add(RecordedAttempt.SHARED_FLAG);
            }
            attempts.add(new Attempt(
                    index,
                    written.parent(),
                    written.strategy(),
                    request,
                    written.output(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    clock.instant(),
                    verdict.instructions(),
                    flags));
            progress.add(new ChainAttempt(
                    index, written.parent(), written.strategy(), written.output(), verdict.instructions(), false));
        }

        /** "attempt 1 fails punctuation:no_comma" or "attempt 1 follows every instruction". */
        private String failures(int index) {
            List<String> failing = progress.get(index).strictFailures().stream()
                    .map(InstructionVerdict::instructionId)
                    .toList();
            return failing.isEmpty()
                    ? "attempt " + index + " follows every instruction"
                    : "attempt " + index + " fails " + String.join(", ", failing);
        }

        private String whyOver() {
            if (mode instanceof Mode.Direct) {
                return "direct makes one attempt";
            }
            ChainAttempt best = progress.get(ChainProgress.bestIndexOf(progress));
            if (best.score().allStrict()) {
                return "attempt " + best.index() + " follows every instruction";
            }
            return mode instanceof Mode.PromptRetry
                    ? "it retries once"
                    : "it stops after " + Mode.FullPcl.DEFAULT_MAX_ATTEMPTS + " attempts or "
                            + Mode.FullPcl.MAX_REPAIRS_WITHOUT_GAIN + " repairs in a row without gain";
        }

        private Optional<ImportedChain> fail(String field, String message) {
            problems.add(file, chain.line(), field, message);
            return Optional.empty();
        }
    }
}
