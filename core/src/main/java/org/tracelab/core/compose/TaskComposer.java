package org.tracelab.core.compose;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.tracelab.core.dataset.IfevalTask;
import org.tracelab.core.flags.FeasibilityChecker;
import org.tracelab.core.verify.constraint.ConstraintRegistry;
import org.tracelab.core.verify.constraint.ConstraintType;
import org.tracelab.core.verify.constraint.Instruction;
import org.tracelab.core.verify.constraint.InvalidInstructionException;
import org.tracelab.core.verify.constraint.NearestNames;
import org.tracelab.core.verify.constraint.TaskConstraint;

/**
 * Attaches constraints drawn from the registry to a researcher's own prompts: one task per pool prompt, each
 * with {@code perTask} constraint types that the conflict table allows together, kwargs drawn by each type's
 * sampler within its documented ranges, and the descriptions appended to the prompt. A combination the
 * feasibility checker flags (say, "at least 300 words" within 100 tokens, or a forbidden word inside the text to
 * repeat) is drawn again.
 *
 * <p>Reproducible ({@value #VERSION}): every task draws from its own generator, seeded by SHA-256 over the
 * domain tag, the seed (8 bytes big-endian) and the pool line (8 bytes), so the same pool, options and seed give
 * the same tasks whatever else the pool holds, and another seed gives other tasks.
 */
public final class TaskComposer {

    public static final String VERSION = "tracelab-compose/1";
    /** Draws per task before giving up: far more than the built-in types ever need. */
    static final int MAX_DRAWS = 200;

    private static final byte[] DOMAIN = VERSION.getBytes(StandardCharsets.UTF_8);
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final ConstraintRegistry registry;

    public TaskComposer(ConstraintRegistry registry) {
        this.registry = registry;
    }

    /** The types the options allow, sorted by id: those with a sampler, narrowed by the options. */
    public List<ConstraintType> candidates(ComposeOptions options) throws ComposeException {
        for (SortedSet<String> ids : List.of(options.ids(), options.excludeIds(), options.holdoutIds())) {
            for (String id : ids) {
                if (registry.find(id).isEmpty()) {
                    throw new ComposeException("unknown constraint id \"" + id + "\"; the nearest known are "
                            + NearestNames.phrase(id, registry.ids(), 3));
                }
            }
        }
        for (String id : options.ids()) {
            if (registry.find(id).orElseThrow().sampler().isEmpty()) {
                throw new ComposeException(
                        id + " cannot be composed: its kwargs need a person (composable: " + composableIds() + ")");
            }
        }
        List<ConstraintType> candidates = registry.types().stream()
                .filter(type -> type.sampler().isPresent())
                .filter(type -> options.ids().isEmpty() || options.ids().contains(type.id()))
                .filter(type -> !options.excludeIds().contains(type.id()))
                .filter(type -> !options.holdoutIds().contains(type.id()))
                .toList();
        if (candidates.size() < options.perTask()) {
            throw new ComposeException("only " + candidates.size() + " constraint types are left to draw from, fewer "
                    + "than the " + options.perTask() + " per task asked");
        }
        return candidates;
    }

    /**
     * One task per pool prompt, in pool order.
     *
     * @throws ComposeException when the options name unknown ids or leave too few compatible types
     */
    public List<ComposedTask> compose(PromptPool pool, ComposeOptions options) throws ComposeException {
        return compose(pool, options, ComposeListener.NONE);
    }

    /**
     * One task per pool prompt, in pool order, telling {@code listener} after each.
     *
     * @throws ComposeException when the options name unknown ids or leave too few compatible types
     */
    public List<ComposedTask> compose(PromptPool pool, ComposeOptions options, ComposeListener listener)
            throws ComposeException {
        List<ConstraintType> candidates = candidates(options);
        FeasibilityChecker feasibility = new FeasibilityChecker(options.maxTokens());
        String stem = pool.name().replaceFirst("\\.[^.]*$", "");
        int total = pool.prompts().size();
        List<ComposedTask> tasks = new ArrayList<>(total);
        for (PoolPrompt prompt : pool.prompts()) {
            tasks.add(composeOne(pool, stem, prompt, candidates, options, feasibility));
            listener.composed(tasks.size(), total);
        }
        return tasks;
    }

    private ComposedTask composeOne(
            PromptPool pool,
            String stem,
            PoolPrompt base,
            List<ConstraintType> candidates,
            ComposeOptions options,
            FeasibilityChecker feasibility)
            throws ComposeException {
        SplittableRandom random = new SplittableRandom(taskSeed(options.seed(), base.line()));
        for (int draw = 0; draw < MAX_DRAWS; draw++) {
            List<ConstraintType> chosen = choose(candidates, options.perTask(), random);
            if (chosen.size() < options.perTask()) {
                throw new ComposeException("pool line " + base.line() + ": the allowed types conflict too much to "
                        + "pick " + options.perTask() + " that can be asked together (allowed: "
                        + candidates.stream().map(ConstraintType::id).collect(Collectors.joining(", ")) + ")");
            }
            List<ObjectNode> kwargs = new ArrayList<>();
            List<TaskConstraint> constraints = new ArrayList<>();
            for (ConstraintType type : chosen) {
                ObjectNode args = type.sampler().orElseThrow().sample(random, base.text());
                kwargs.add(args);
                constraints.add(TaskConstraint.hard(type, build(type, args)));
            }
            List<String> ids = chosen.stream().map(ConstraintType::id).toList();
            IfevalTask task = IfevalTask.of(TextNode.valueOf(stem), base.text(), ids, List.copyOf(kwargs), constraints);
            if (!feasibility.check(task).isEmpty()) {
                continue;
            }
            String key = stem + "-" + base.line();
            return new ComposedTask(
                    key, prompt(base.text(), constraints), ids, kwargs, provenance(pool, base, ids, options));
        }
        throw new ComposeException("pool line " + base.line() + ": no feasible combination in " + MAX_DRAWS
                + " draws (max tokens " + options.maxTokens() + ")");
    }

    /** Up to {@code count} types in random order, skipping any that conflicts with one already chosen. */
    private List<ConstraintType> choose(List<ConstraintType> candidates, int count, SplittableRandom random) {
        List<ConstraintType> order = new ArrayList<>(candidates);
        for (int i = order.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            ConstraintType swap = order.get(i);
            order.set(i, order.get(j));
            order.set(j, swap);
        }
        List<ConstraintType> chosen = new ArrayList<>(count);
        for (ConstraintType type : order) {
            if (chosen.size() == count) {
                break;
            }
            if (chosen.stream()
                    .noneMatch(c -> registry.conflictBetween(c.id(), type.id()).isPresent())) {
                chosen.add(type);
            }
        }
        return chosen;
    }

    private Instruction build(ConstraintType type, ObjectNode args) {
        try {
            return registry.create(type.id(), args);
        } catch (InvalidInstructionException e) {
            throw new IllegalStateException(
                    "the sampler of " + type.id() + " drew kwargs its type refuses: " + e.field() + ": "
                            + e.getMessage(),
                    e);
        }
    }

    /** The base prompt, then each constraint's description, as one paragraph after a blank line. */
    static String prompt(String base, List<TaskConstraint> constraints) {
        String stripped = base.strip();
        String lead = stripped.matches("(?s).*[.!?:;\"')\\]]$") ? stripped : stripped + ".";
        return lead + "\n\n"
                + constraints.stream().map(c -> c.instruction().description()).collect(Collectors.joining(" "));
    }

    private static ObjectNode provenance(PromptPool pool, PoolPrompt base, List<String> ids, ComposeOptions options) {
        ObjectNode provenance = JSON.objectNode();
        provenance.put("composer", VERSION);
        provenance.put("pool", pool.name());
        provenance.put("pool_sha256", pool.sha256());
        provenance.put("pool_line", base.line());
        ArrayNode constraintIds = provenance.putArray("constraint_ids");
        ids.forEach(constraintIds::add);
        provenance.put("seed", options.seed());
        ArrayNode holdout = provenance.putArray("holdout_ids");
        new TreeSet<>(options.holdoutIds()).forEach(holdout::add);
        return provenance;
    }

    /** SHA-256 over the domain tag, the seed and the pool line; the first 8 bytes, big-endian. */
    static long taskSeed(long seed, long line) {
        ByteBuffer fields = ByteBuffer.allocate(DOMAIN.length + 16)
                .put(DOMAIN)
                .putLong(seed)
                .putLong(line);
        try {
            return ByteBuffer.wrap(MessageDigest.getInstance("SHA-256").digest(fields.array()))
                    .getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }

    private String composableIds() {
        return registry.types().stream()
                .filter(t -> t.sampler().isPresent())
                .map(ConstraintType::id)
                .collect(Collectors.joining(", "));
    }
}
