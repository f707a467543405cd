package org.tracelab.core.export;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The dataset card {@code README.md}: Hugging Face front matter naming the splits, what the data is, its counts
 * and fields, how to load it and train on it with TRL, and a warning when the prompts are IFEval's own.
 */
final class DatasetCard {

    static final String IFEVAL_WARNING = "**Warning: these prompts are IFEval's own.** Training on this data"
            + " contaminates IFEval scores: a model tuned on it can no longer be evaluated honestly on IFEval"
            + " (the test split below does not help, its prompts are IFEval's too). Evaluate on prompts the model"
            + " never saw.";
    static final String ILLUSTRATION_WARNING = "**Warning: these lines come from hand-written illustrative traces"
            + " (Tracelab's sample store), not from a model.** They exist to try the app; do not train on them.";

    private DatasetCard() {}

    static String render(ExportPlan plan) {
        ExportKind kind = plan.kind();
        ExportStyle style = plan.options().style();
        String train = plan.paths().train().getFileName().toString();
        String test = plan.paths().test().getFileName().toString();
        StringBuilder card = new StringBuilder();
        card.append("---\nconfigs:\n- config_name: default\n  data_files:\n");
        card.append("  - split: train\n    path: ").append(quoted(train)).append('\n');
        if (plan.hasTestFile()) {
            card.append("  - split: test\n    path: ").append(quoted(test)).append('\n');
        }
        card.append("tags:\n- trl\n- ").append(kind.id()).append("\n- tracelab\n---\n");
        card.append(ExportPaths.CARD_MARKER).append("\n\n");
        card.append("# ")
                .append(train)
                .append(": ")
                .append(kind.id().toUpperCase(Locale.ROOT))
                .append(" data from Tracelab traces\n\n");
        if (plan.source().includesIllustrations()) {
            card.append("> ").append(ILLUSTRATION_WARNING).append("\n\n");
        }
        if (plan.source().promptsAreIfeval()) {
            card.append("> ").append(IFEVAL_WARNING).append("\n\n");
        }
        card.append("Answers a model gave to instruction-following tasks, checked by Tracelab's verifier and exported"
                        + " for TRL's `")
                .append(kind.trainer())
                .append("` as a ")
                .append(style.id())
                .append(' ')
                .append(kind.trlType(style))
                .append(" dataset. ")
                .append(what(kind))
                .append(
                        " Each prompt is the"
                                + " task's own instruction text. This card is rewritten by each Tracelab export into this folder.\n\n");
        counts(card, plan, train, test);
        card.append("## Fields\n\n");
        fields(kind, style).forEach(field -> card.append("- ").append(field).append('\n'));
        card.append('\n');
        origins(card, plan.source().origins());
        usage(card, plan, train, test);
        provenance(card, plan);
        return card.toString();
    }

    /** Which tasks the composer made and from which pool; nothing when no task was composed. */
    private static void origins(StringBuilder card, TaskOrigins origins) {
        if (origins.composed() == 0) {
            return;
        }
        card.append("## Task origins\n\n")
                .append(origins.composed())
                .append(" of the ")
                .append(origins.tasks())
                .append(
                        " tasks this export drew from were composed by Tracelab's task composer: base prompts from a"
                                + " pool, with verifiable constraints drawn from the registry and described after each prompt."
                                + " Each task's `provenance` in its task file names its pool line, constraint ids and seed.\n\n")
                .append("| pool | tasks | seeds | pool sha256 |\n|---|---|---|---|\n");
        for (TaskOrigins.Pool pool : origins.poolList()) {
            card.append("| `")
                    .append(cell(pool.name()))
                    .append("` | ")
                    .append(pool.tasks())
                    .append(" | ")
                    .append(pool.seeds().stream().map(String::valueOf).collect(Collectors.joining(", ")))
                    .append(" | ")
                    .append(String.join(", ", pool.sha256s()))
                    .append(" |\n");
        }
        card.append('\n');
        if (origins.uncomposed() > 0) {
            card.append(
                            origins.uncomposed() == 1
                                    ? "The other task comes from its run's task file"
                                    : "The other " + origins.uncomposed() + " tasks come from their runs' task files")
                    .append(" as written.\n\n");
        }
    }

    private static String what(ExportKind kind) {
        return switch (kind.id()) {
            case "dpo" ->
                "Each line pairs an answer that passes every instruction strictly (chosen, rank 1 among the"
                        + " answers to its prompt and seed) with one that ranks strictly lower (rejected), preferably an"
                        + " answer and its own repair; answers of equal rank are never paired.";
            case "sft" -> "Each line is an answer that passes every instruction strictly.";
            default -> "Each line is one answer, labelled true when it passes every instruction strictly.";
        };
    }

    private static void counts(StringBuilder card, ExportPlan plan, String train, String test) {
        boolean kto = plan.kind() instanceof KtoExport;
        card.append("## Files and counts\n\n| split | file | lines | tasks |")
                .append(kto ? " label true |" : "")
                .append("\n|---|---|---|---|")
                .append(kto ? "---|" : "")
                .append('\n');
        row(card, "train", train, plan.trainCounts(), kto);
        if (plan.hasTestFile()) {
            row(card, "test", test, plan.testCounts(), kto);
        }
        card.append('\n');
        if (plan.options().testFraction() > 0) {
            card.append("The test split holds out whole tasks (fraction ")
                    .append(plan.options().testFraction())
                    .append(", seed ")
                    .append(plan.options().splitSeed())
                    .append("): no task is in both files.\n\n");
        }
        String excluded = plan.excluded().entrySet().stream()
                .map(entry -> entry.getValue() + " " + entry.getKey().id())
                .collect(Collectors.joining(", "));
        card.append("Inputs: ")
                .append(plan.inputs())
                .append("; left out: ")
                .append(excluded.isEmpty() ? "none" : excluded)
                .append(". Texts with a quality flag (gaming, refusals, truncation, infeasible tasks) are ")
                .append(plan.options().includeFlagged() ? "included as rejected or negative examples only" : "left out")
                .append("; a gamed, refused or truncated answer is never a chosen or positive example. Provenance"
                        + " flags (a first answer shared by the modes, a rule fix, an import) say where a text came"
                        + " from and never leave it out. ")
                .append(
                        plan.options().onlyCurated()
                                ? "Only material a person included was exported"
                                : "All candidates were exported")
                .append(", and never one a person excluded.\n\n");
        if (plan.kind() instanceof SftExport) {
            card.append(
                    plan.options().sftAllPassing()
                            ? "Every passing answer was exported (`--sft-all-passing`).\n\n"
                            : "One answer per prompt and seed (best of N): the first rank-1 answer, in rollout order, that"
                                    + " passes every rule above; the prompt's other passing answers are counted as"
                                    + " `not_best`.\n\n");
        }
        // The IFEval warning already heads the card; the other warnings are notes here.
        List<String> notes = plan.warnings().stream()
                .filter(warning -> !warning.equals(ExportPlan.IFEVAL_WARNING))
                .toList();
        notes.forEach(note -> card.append("- Note: ").append(note).append('\n'));
        if (!notes.isEmpty()) {
            card.append('\n');
        }
        if (kto) {
            SplitCounts all = plan.trainCounts();
            card.append("Training labels: ")
                    .append(all.positives())
                    .append(" true, ")
                    .append(all.lines() - all.positives())
                    .append(" false; when they are far from balanced, weigh them with `KTOConfig`'s"
                            + " `desirable_weight` and `undesirable_weight`.\n\n");
        }
    }

    private static void row(StringBuilder card, String split, String file, SplitCounts counts, boolean kto) {
        card.append("| ")
                .append(split)
                .append(" | `")
                .append(file)
                .append("` | ")
                .append(counts.lines())
                .append(" | ")
                .append(counts.tasks())
                .append(" |");
        if (kto) {
            card.append(' ').append(counts.positives()).append(" |");
        }
        card.append('\n');
    }

    private static List<String> fields(ExportKind kind, ExportStyle style) {
        boolean chat = style == ExportStyle.CONVERSATIONAL;
        String prompt = chat
                ? "`prompt`: the messages before the answer, a system message (when the run had one)"
                        + " then the user's instruction"
                : "`prompt`: the instruction text";
        String answer = chat ? "a one-message list, `[{\"role\": \"assistant\", \"content\": ...}]`" : "the text";
        return switch (kind.id()) {
            case "dpo" ->
                List.of(prompt, "`chosen`: the passing answer, " + answer, "`rejected`: the failing answer, " + answer);
            case "sft" ->
                chat
                        ? List.of("`messages`: a system message (when the run had one), the user's instruction, the"
                                + " assistant's passing answer")
                        : List.of(prompt, "`completion`: the passing answer");
            default ->
                List.of(
                        prompt,
                        "`completion`: the answer, " + answer,
                        "`label`: true when the answer passes every instruction strictly");
        };
    }

    private static void usage(StringBuilder card, ExportPlan plan, String train, String test) {
        ExportKind kind = plan.kind();
        String config = kind.trainer().replace("Trainer", "Config");
        card.append("## Use\n\n```python\nfrom datasets import load_dataset\n");
        card.append("ds = load_dataset(\"json\", data_files={\"train\": \"")
                .append(train)
                .append('"');
        if (plan.hasTestFile()) {
            card.append(", \"test\": \"").append(test).append('"');
        }
        card.append("})\n\n");
        card.append("from transformers import AutoModelForCausalLM, AutoTokenizer\n");
        card.append("from trl import ")
                .append(config)
                .append(", ")
                .append(kind.trainer())
                .append("\n\n");
        card.append("model = AutoModelForCausalLM.from_pretrained(\"MODEL\")\n");
        card.append("tokenizer = AutoTokenizer.from_pretrained(\"MODEL\")\n");
        card.append("trainer = ")
                .append(kind.trainer())
                .append("(model=model, args=")
                .append(config)
                .append("(output_dir=\"")
                .append(kind.id())
                .append("-out\"), train_dataset=ds[\"train\"],");
        if (plan.hasTestFile()) {
            card.append(" eval_dataset=ds[\"test\"],");
        }
        card.append(" processing_class=tokenizer)\ntrainer.train()\n```\n\n");
        if (plan.options().style() == ExportStyle.CONVERSATIONAL) {
            card.append("The conversational style needs a tokenizer with a chat template.\n\n");
        }
    }

    private static void provenance(StringBuilder card, ExportPlan plan) {
        card.append("## Provenance\n\n| run | name | model | dataset | verifier |\n|---|---|---|---|---|\n");
        for (ExportRun run : plan.source().runs()) {
            card.append("| ")
                    .append(run.id())
                    .append(" | ")
                    .append(cell(run.name()))
                    .append(" | ")
                    .append(cell(run.model()))
                    .append(" | ")
                    .append(cell(run.dataset()))
                    .append(" | ")
                    .append(cell(run.verifierVersion()))
                    .append(" |\n");
        }
        card.append("\nExported by Tracelab ")
                .append(plan.source().tracelabVersion())
                .append(" on ")
                .append(plan.createdAt())
                .append(". `")
                .append(plan.paths().manifest().getFileName())
                .append("` lists the filters and, for every line, the attempts it was made from.\n");
    }

    /** A JSON string is a valid YAML scalar, whatever the file name holds. */
    private static String quoted(String text) {
        return TrlJson.write(TrlJson.MAPPER.getNodeFactory().textNode(text));
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace('\n', ' ');
    }
}
