package org.tracelab.storage.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.tracelab.core.trace.Attempt;
import org.tracelab.core.trace.ChainKey;
import org.tracelab.core.trace.DatasetDescription;
import org.tracelab.core.trace.Flags;
import org.tracelab.core.trace.Message;
import org.tracelab.core.trace.ModelDescription;
import org.tracelab.core.trace.RunInfo;
import org.tracelab.core.trace.RunStatus;
import org.tracelab.core.trace.Strategy;
import org.tracelab.core.trace.TaskRecord;
import org.tracelab.core.verify.InstructionVerdict;
import org.tracelab.core.verify.LooseVariant;
import org.tracelab.core.verify.text.Span;
import org.tracelab.storage.ChainHandle;
import org.tracelab.storage.TraceReader;
import org.tracelab.storage.TraceStore;
import org.tracelab.storage.TraceWriter;
import org.tracelab.storage.WriterSettings;
import org.tracelab.storage.query.ChainQuery;
import org.tracelab.storage.query.PageRequest;
import org.tracelab.storage.query.VerdictLevel;

/**
 * Store benchmark on SYNTHETIC data (not model outputs): runs shaped like IFEval benchmarks (541 tasks × 2 modes
 * × 3 seeds, 3 attempts per chain, 1–3 instructions per task) until N attempts are written, then timings of
 * opening the store, filtered pages and facet counts. Outputs are 40–120 SYNTHETIC pseudo-words from a
 * 4,000-word generated vocabulary with Zipf-like frequencies ({@link Vocabulary}). Not a unit test: run with
 * {@code mvn -B -Pbench -pl storage verify -DskipTests [-Dbench.attempts=100000]} (core installed first).
 *
 * <p>Arguments: {@code [attempts] [work folder] [reuse]}; default 1,000,000 attempts in {@code storage/target/bench}.
 * With {@code reuse}, an existing benchmark file is queried again without inserting.
 */
public final class StoreBenchmark {

    private static final int TASKS = 541;
    private static final String[] MODES = {"direct", "repair"};
    private static final long[] SEEDS = {1, 2, 3};
    private static final int ATTEMPTS_PER_CHAIN = 3;
    private static final String[] INSTRUCTIONS = {
        "punctuation:no_comma",
        "change_case:english_lowercase",
        "length_constraints:number_words",
        "detectable_format:title",
        "keywords:existence",
        "detectable_format:number_bullet_lists",
        "startend:end_checker",
        "language:response_language"
    };
    /** SYNTHETIC vocabulary: generated pseudo-words, drawn with Zipf-like frequencies (rank r ~ 1/r). */
    private static final Vocabulary WORDS = new Vocabulary(4_000, 1.0, 7);

    private static final int REPEATS = 21;

    private StoreBenchmark() {}

    public static void main(String[] args) throws IOException {
        long attempts =
                args.length > 0 ? Long.parseLong(args[0].replace("_", "")) : Long.getLong("bench.attempts", 1_000_000L);
        Path folder = args.length > 1 ? Path.of(args[1]) : Path.of("target", "bench");
        Files.createDirectories(folder);
        Path file = folder.resolve("store-benchmark.db");
        boolean reuse = args.length > 2 && "reuse".equals(args[2]) && Files.exists(file);
        int runs;
        long heapAfterInsert = 0;
        if (reuse) {
            try (TraceStore store = TraceStore.open(file);
                    TraceReader reader = store.openReader()) {
                runs = reader.runs().size();
            }
            System.out.printf("StoreBenchmark: querying existing SYNTHETIC store %s (%,d runs)%n", file, runs);
        } else {
            for (String suffix : new String[] {"", "-wal", "-shm"}) {
                Files.deleteIfExists(Path.of(file + suffix));
            }
            System.out.printf("StoreBenchmark: %,d SYNTHETIC attempts into %s%n", attempts, file.toAbsolutePath());
            long start = System.nanoTime();
            long cpuStart = processCpuNanos();
            long callerCpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            WriterSettings settings = new WriterSettings(
                    Integer.getInteger("bench.batch", WriterSettings.DEFAULT.batchSize()),
                    WriterSettings.DEFAULT.maxDelay());
            System.out.printf(
                    "writer: batches of %,d calls or %d ms%n",
                    settings.batchSize(), settings.maxDelay().toMillis());
            try (TraceStore store = TraceStore.open(file, settings)) {
                runs = fill(store.writer(), attempts);
            }
            double insertSeconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
            double callerCpuSeconds =
                    (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - callerCpuStart) / 1e9;
            heapAfterInsert = usedHeapAfterGc();
            System.out.printf(
                    "insert: %,d attempts (+ verdicts, flags) in %,d runs, %.1f s = %,.0f attempts/s"
                            + " (target >= 20,000); load average %.2f%n",
                    attempts, runs, insertSeconds, attempts / insertSeconds, loadAverage());
            // On a shared machine wall time depends on the neighbours; process CPU time much less.
            System.out.printf(
                    "insert CPU: %.1f s of process CPU (incl. generating the synthetic data) ="
                            + " %,.0f attempts per CPU-second%n",
                    cpuSeconds, attempts / cpuSeconds);
            // The calling thread runs the writer's SQL (the generator and the checkpointer have threads of their own).
            System.out.printf(
                    "insert CPU of the calling (writing) thread: %.1f s = %.1f µs per attempt%n",
                    callerCpuSeconds, callerCpuSeconds * 1e6 / attempts);
        }
        System.out.printf("file: %,.1f MiB%n", Files.size(file) / 1048576.0);

        long openStart = System.nanoTime();
        try (TraceStore store = TraceStore.open(file);
                TraceReader reader = store.openReader()) {
            reader.runs();
            System.out.printf("open: %.1f ms (store, reader and run list)%n", (System.nanoTime() - openStart) / 1e6);
            // The last run may be cut short by N; query a complete one.
            long lastRun = Math.max(1, runs - 1);
            ChainQuery runModeFailures =
                    ChainQuery.all().withRuns(lastRun).withModes("repair").withVerdict(VerdictLevel.STRICT, false);
            ChainQuery instructionFailuresEverywhere =
                    ChainQuery.all().withInstructions("punctuation:no_comma").withVerdict(VerdictLevel.STRICT, false);
            ChainQuery flaggedInRun = ChainQuery.all().withRuns(lastRun).withFlags(Flags.REFUSAL);
            // Full text: the most frequent word (in nearly every output), a two-word phrase of mid-ranked words (a
            // handful of outputs per run) and a rare word across all runs.
            ChainQuery commonWordInRun = ChainQuery.all().withRuns(lastRun).withFullText(WORDS.word(0));
            ChainQuery phraseInRun =
                    ChainQuery.all().withRuns(lastRun).withFullText(WORDS.word(40) + " " + WORDS.word(60));
            ChainQuery rareWordEverywhere = ChainQuery.all().withFullText(WORDS.word(2_500));
            report("page(50) run+mode+strict fail", () -> reader.chains(runModeFailures, PageRequest.first(50)));
            report(
                    "page(50) instruction+strict fail, all runs",
                    () -> reader.chains(instructionFailuresEverywhere, PageRequest.first(50)));
            report("page(50) run+flag", () -> reader.chains(flaggedInRun, PageRequest.first(50)));
            report(
                    "page(50) run+full text, commonest word",
                    () -> reader.chains(commonWordInRun, PageRequest.first(50)));
            report("page(50) run+full text, mid-rank phrase", () -> reader.chains(phraseInRun, PageRequest.first(50)));
            report(
                    "page(50) full text rare word, all runs",
                    () -> reader.chains(rareWordEverywhere, PageRequest.first(50)));
            report(
                    "page(50) full text commonest word, all runs",
                    () -> reader.chains(ChainQuery.all().withFullText(WORDS.word(0)), PageRequest.first(50)));
            report("facets run+mode+strict fail", () -> reader.facets(runModeFailures));
            report("facets whole run", () -> reader.facets(ChainQuery.all().withRuns(lastRun)));
            report("facets instruction+strict fail, all runs", () -> reader.facets(instructionFailuresEverywhere));
            report("aggregates of one run", () -> reader.aggregates(lastRun));
            report("facets run+full text, mid-rank phrase", () -> reader.facets(phraseInRun));
            System.out.printf(
                    "selection sizes: run+mode+fail %,d chains; instruction+fail all runs %,d chains;"
                            + " run+commonest word %,d chains; run+phrase %,d chains; rare word all runs %,d chains%n",
                    reader.facets(runModeFailures).total(),
                    reader.facets(instructionFailuresEverywhere).total(),
                    reader.facets(commonWordInRun).total(),
                    reader.facets(phraseInRun).total(),
                    reader.facets(rareWordEverywhere).total());
        }
        System.out.printf(
                "heap: %,.1f MiB used after insert (after GC), peak %,.1f MiB, max %,.1f MiB%n",
                heapAfterInsert / 1048576.0,
                peakHeap() / 1048576.0,
                Runtime.getRuntime().maxMemory() / 1048576.0);
    }

    /**
     * Writes runs until {@code attempts} attempts are stored and returns how many runs that took. The synthetic
     * attempts are generated on a second thread (as a runner's model calls would be), so the writer thread
     * measures the store, not the generator. Public for the app's explorer benchmark (storage test-jar).
     */
    public static int fill(TraceWriter writer, long attempts) {
        Random random = new Random(20250301);
        List<TaskRecord> tasks = tasks(random, TASKS);
        Instant now = Instant.parse("2025-03-01T00:00:00Z");
        java.util.concurrent.BlockingQueue<List<Attempt>> chains = new java.util.concurrent.ArrayBlockingQueue<>(256);
        Thread generator = new Thread(
                () -> {
                    long generated = 0;
                    try {
                        while (generated < attempts) {
                            for (int chain = 0;
                                    chain < MODES.length * SEEDS.length * TASKS && generated < attempts;
                                    chain++) {
                                TaskRecord task = tasks.get(chain % TASKS);
                                int count = (int) Math.min(ATTEMPTS_PER_CHAIN, attempts - generated);
                                List<Attempt> chainAttempts = new ArrayList<>(count);
                                for (int index = 0; index < count; index++) {
                                    chainAttempts.add(attempt(random, task, index, now));
                                }
                                chains.put(chainAttempts);
                                generated += count;
                            }
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                },
                "synthetic-generator");
        generator.setDaemon(true);
        generator.start();
        long written = 0;
        int runs = 0;
        try {
            while (written < attempts) {
                runs++;
                long run = writer.createRun(new RunInfo(
                        "synthetic benchmark run " + runs,
                        now,
                        null,
                        RunStatus.RUNNING,
                        new ModelDescription("synthetic", "synthetic-model", null, null, null, Map.of()),
                        new DatasetDescription("synthetic-ifeval", null, TASKS),
                        List.of(MODES),
                        Arrays.stream(SEEDS).boxed().toList(),
                        1,
                        "tracelab-ifeval/1+punkt",
                        "SYNTHETIC data"));
                tasks.forEach(task -> writer.putTask(run, task));
                for (String mode : MODES) {
                    for (long seed : SEEDS) {
                        for (TaskRecord task : tasks) {
                            if (written >= attempts) {
                                writer.commit();
                                return runs;
                            }
                            List<Attempt> chainAttempts = chains.take();
                            ChainHandle chain = writer.beginChain(new ChainKey(run, task.datasetKey(), mode, seed, 0));
                            chainAttempts.forEach(attempt -> writer.appendAttempt(chain, attempt));
                            writer.finishChain(chain, chainAttempts.size() - 1);
                            written += chainAttempts.size();
                        }
                    }
                }
                writer.finishRun(run, RunStatus.FINISHED, now);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        writer.commit();
        return runs;
    }

    /** The SYNTHETIC vocabulary's word of the given rank (0 = in nearly every output), for full-text queries. */
    public static String word(int rank) {
        return WORDS.word(rank);
    }

    /**
     * Writes one finished SYNTHETIC run of {@code tasks} tasks × modes × seeds × forks chains of
     * {@code attemptsPerChain} attempts each (for the app's compare benchmark) and returns its id. Deterministic for
     * a random seed, so two runs with different random seeds differ chain by chain on the same task keys.
     */
    public static long fillRun(
            TraceWriter writer,
            String name,
            int tasks,
            List<String> modes,
            List<Long> seeds,
            int forks,
            int attemptsPerChain,
            long randomSeed) {
        Random random = new Random(randomSeed);
        List<TaskRecord> taskRecords = tasks(new Random(20250301), tasks); // same tasks in every run
        Instant now = Instant.parse("2025-03-01T00:00:00Z");
        long run = writer.createRun(new RunInfo(
                name,
                now,
                null,
                RunStatus.RUNNING,
                new ModelDescription("synthetic", "synthetic-model-" + randomSeed, null, null, null, Map.of()),
                new DatasetDescription("synthetic-ifeval", null, tasks),
                modes,
                seeds,
                forks,
                "tracelab-ifeval/1+punkt",
                "SYNTHETIC data"));
        taskRecords.forEach(task -> writer.putTask(run, task));
        for (String mode : modes) {
            for (long seed : seeds) {
                for (int fork = 0; fork < forks; fork++) {
                    for (TaskRecord task : taskRecords) {
                        ChainHandle chain = writer.beginChain(new ChainKey(run, task.datasetKey(), mode, seed, fork));
                        for (int index = 0; index < attemptsPerChain; index++) {
                            writer.appendAttempt(chain, attempt(random, task, index, now));
                        }
                        writer.finishChain(chain, attemptsPerChain - 1);
                    }
                }
            }
        }
        writer.finishRun(run, RunStatus.FINISHED, now);
        writer.commit();
        return run;
    }

    private static List<TaskRecord> tasks(Random random, int count) {
        List<TaskRecord> tasks = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int instructions = 1 + random.nextInt(3);
            List<String> ids = new ArrayList<>();
            while (ids.size() < instructions) {
                String id = INSTRUCTIONS[random.nextInt(INSTRUCTIONS.length)];
                if (!ids.contains(id)) {
                    ids.add(id);
                }
            }
            tasks.add(new TaskRecord(
                    String.valueOf(1000 + i),
                    "Synthetic task " + i + ": " + text(random, 30),
                    ids,
                    ids.stream()
                            .map(id -> (com.fasterxml.jackson.databind.JsonNode)
                                    com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode())
                            .toList(),
                    List.of()));
        }
        return tasks;
    }

    private static Attempt attempt(Random random, TaskRecord task, int index, Instant now) {
        String output = text(random, 40 + random.nextInt(80));
        List<InstructionVerdict> verdicts = new ArrayList<>();
        for (int i = 0; i < task.instructionIds().size(); i++) {
            boolean strict = random.nextInt(10) < 5 + 2 * index;
            boolean loose = strict || random.nextBoolean();
            verdicts.add(new InstructionVerdict(
                    i,
                    task.instructionIds().get(i),
                    strict,
                    loose,
                    loose ? LooseVariant.AS_GIVEN : null,
                    strict ? List.of() : List.of(new Span(3, 9)),
                    strict ? "followed" : "synthetic failure"));
        }
        List<String> flags = random.nextInt(50) == 0 ? List.of(Flags.REFUSAL) : List.of();
        Strategy strategy = index == 0 ? Strategy.DIRECT : (index == 1 ? Strategy.PATCH : Strategy.REGENERATE);
        return new Attempt(
                index,
                index == 0 ? null : index - 1,
                strategy,
                List.of(new Message("user", task.prompt())),
                output,
                "stop",
                120,
                output.length() / 4,
                900L,
                null,
                now,
                verdicts,
                flags);
    }

    private static String text(Random random, int words) {
        StringBuilder text = new StringBuilder(words * 8);
        for (int i = 0; i < words; i++) {
            if (i > 0) {
                text.append(' ');
            }
            text.append(WORDS.draw(random));
        }
        return text.toString();
    }

    /**
     * SYNTHETIC words: {@code size} distinct pronounceable pseudo-words (consonant-vowel syllables), the word of
     * rank r drawn with probability proportional to 1 / r^s, so a few words are in nearly every output and most
     * are rare, as in real text. Deterministic for a seed.
     */
    static final class Vocabulary {

        private static final String CONSONANTS = "bcdfghjklmnprstvz";
        private static final String VOWELS = "aeiou";

        private final String[] words;
        private final double[] cumulative;

        Vocabulary(int size, double exponent, long seed) {
            Random random = new Random(seed);
            java.util.LinkedHashSet<String> distinct = new java.util.LinkedHashSet<>();
            while (distinct.size() < size) {
                int syllables = 2 + random.nextInt(3);
                StringBuilder word = new StringBuilder();
                for (int i = 0; i < syllables; i++) {
                    word.append(CONSONANTS.charAt(random.nextInt(CONSONANTS.length())))
                            .append(VOWELS.charAt(random.nextInt(VOWELS.length())));
                }
                distinct.add(word.toString());
            }
            words = distinct.toArray(String[]::new);
            cumulative = new double[size];
            double sum = 0;
            for (int rank = 0; rank < size; rank++) {
                sum += 1 / Math.pow(rank + 1, exponent);
                cumulative[rank] = sum;
            }
            for (int rank = 0; rank < size; rank++) {
                cumulative[rank] /= sum;
            }
        }

        /** The word of the given rank (0 = most frequent). */
        String word(int rank) {
            return words[rank];
        }

        String draw(Random random) {
            int found = Arrays.binarySearch(cumulative, random.nextDouble());
            return words[Math.min(words.length - 1, found >= 0 ? found : -found - 1)];
        }
    }

    private static void report(String what, Supplier<?> query) {
        query.get();
        double[] millis = new double[REPEATS];
        for (int i = 0; i < REPEATS; i++) {
            long start = System.nanoTime();
            query.get();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        System.out.printf(
                "%-45s median %7.2f ms, max %7.2f ms (target < 100 ms); load average %.2f%n",
                what, millis[REPEATS / 2], millis[REPEATS - 1], loadAverage());
    }

    private static long processCpuNanos() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static long usedHeapAfterGc() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
