package org.tracelab.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.tracelab.app.service.TaskProgress;
import org.tracelab.app.service.compose.ComposeService;
import org.tracelab.app.service.compose.ComposeService.Composition;
import org.tracelab.core.compose.ComposeException;
import org.tracelab.core.compose.ComposeOptions;
import org.tracelab.core.verify.BuiltInConstraints;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code tracelab compose}: attaches constraints from the registry to your own prompts, as an IFEval task file. */
@Command(
        name = "compose",
        mixinStandardHelpOptions = true,
        description = "Attach verifiable constraints to your own prompts; writes IFEval-format tasks with provenance.")
public final class ComposeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(
            names = "--prompts",
            required = true,
            paramLabel = "POOL",
            description = "Base prompts: a .txt file with one prompt per line (# comments and blank lines skipped) "
                    + "or a .jsonl file with a \"prompt\" field per line.")
    Path prompts;

    @Option(names = "--out", required = true, paramLabel = "TASKS.jsonl", description = "The task file to write.")
    Path out;

    @Option(names = "--per-task", paramLabel = "N", description = "Constraints per task, 1 to 5 (default 2).")
    int perTask = 2;

    @ArgGroup(exclusive = true)
    Selection selection = new Selection();

    static final class Selection {
        @Option(names = "--ids", split = ",", paramLabel = "ID", description = "Draw only from these constraint ids.")
        List<String> ids = List.of();

        @Option(names = "--exclude-ids", split = ",", paramLabel = "ID", description = "Never draw these ids.")
        List<String> excludeIds = List.of();
    }

    @Option(
            names = "--holdout-ids",
            split = ",",
            paramLabel = "ID",
            description = "Keep these ids out of every task (recorded in the provenance), for a clean held-out "
                    + "evaluation on them.")
    List<String> holdoutIds = List.of();

    @Option(
            names = "--seed",
            paramLabel = "S",
            description = "Seed of the draw (default 42); same inputs and seed give " + "the same file.")
    long seed = 42;

    @Option(
            names = "--max-tokens",
            paramLabel = "M",
            description = "Token limit the tasks must fit (default 1280): "
                    + "combinations no answer could pass within it are drawn again.")
    int maxTokens = ComposeOptions.DEFAULT_MAX_TOKENS;

    @Override
    public Integer call() throws Exception {
        ComposeOptions options;
        try {
            options = new ComposeOptions(
                    perTask,
                    new TreeSet<>(selection.ids),
                    new TreeSet<>(selection.excludeIds),
                    new TreeSet<>(holdoutIds),
                    seed,
                    maxTokens);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        Composition composition;
        try {
            composition =
                    new ComposeService(BuiltInConstraints.registry()).compose(prompts, out, options, TaskProgress.NONE);
        } catch (ComposeException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        print(spec.commandLine().getOut(), composition);
        return 0;
    }

    private void print(PrintWriter out, Composition composition) {
        Map<String, Integer> counts = new TreeMap<>();
        composition.tasks().forEach(task -> task.instructionIds().forEach(id -> counts.merge(id, 1, Integer::sum)));
        out.printf(
                Locale.ROOT,
                "composed %d tasks from %d prompts of %s (%d per task, %d constraint types to draw from, seed %d)%n",
                composition.tasks().size(),
                composition.pool().prompts().size(),
                composition.pool().name(),
                perTask,
                composition.candidateTypes(),
                seed);
        counts.forEach((id, n) -> out.printf(Locale.ROOT, "  %-48s %5d%n", id, n));
        out.println("wrote " + this.out);
        out.flush();
    }
}
