package org.tracelab.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.tracelab.app.service.imports.ImportService;
import org.tracelab.app.service.imports.ImportService.ImportedFile;
import org.tracelab.app.service.store.OpenStore;
import org.tracelab.core.dataset.IfevalPromptsReader;
import org.tracelab.core.dataset.IfevalTask;
import org.tracelab.core.importing.ImportFormat;
import org.tracelab.core.io.InputProblem;
import org.tracelab.core.io.InputProblemException;
import org.tracelab.core.verify.Verifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tracelab import}: other tools' traces (and Tracelab records) into the store, re-verified. */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = "Import trace files into the store; each file is one transaction (all or nothing).")
public final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(
            names = "--format",
            required = true,
            paramLabel = "F",
            description = "wasmagent, ifeval-responses, lm-eval or records.")
    String format;

    @Option(
            names = "--prompts",
            paramLabel = "PROMPTS.jsonl",
            description = "IFEval-format prompts with the official instruction lists (wasmagent, ifeval-responses).")
    Path prompts;

    @Mixin
    VerifierOptions verifierOptions;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files to import.")
    List<Path> files;

    @Override
    public Integer call() {
        ImportFormat importFormat = ImportFormat.fromCliName(format)
                .orElseThrow(() -> new ParameterException(
                        spec.commandLine(),
                        "--format: unknown format \"" + format
                                + "\" (expected wasmagent, ifeval-responses, lm-eval or records)"));
        if (importFormat.needsPrompts() && prompts == null) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--prompts is required for --format " + format + ": its records carry no instruction lists");
        }
        List<IfevalTask> tasks = prompts == null ? List.of() : IfevalPromptsReader.read(prompts);
        Verifier verifier = verifierOptions.verifier(spec);
        PrintWriter out = spec.commandLine().getOut();
        List<InputProblem> problems = new ArrayList<>();
        try (OpenStore traceStore = OpenStore.open(store.file())) {
            ImportService service = new ImportService(traceStore, verifier, Clock.systemUTC());
            for (Path file : files) {
                try {
                    ImportedFile result = service.importFile(importFormat, file, tasks);
                    out.println("imported " + file + ": " + result.chains() + " chains into run "
                            + String.join(
                                    ", ",
                                    result.runIds().stream()
                                            .map(String::valueOf)
                                            .toList()));
                } catch (InputProblemException e) {
                    problems.addAll(e.problems());
                    out.println("not imported " + file + ": " + e.problems().size() + " problem(s), nothing written");
                }
            }
        }
        out.flush();
        if (!problems.isEmpty()) {
            throw new InputProblemException(problems);
        }
        return 0;
    }
}
