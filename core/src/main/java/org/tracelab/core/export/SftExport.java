package org.tracelab.core.export;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Passing attempts as demonstrations for TRL's {@code SFTTrainer}: {@code {"messages"}} (conversational) or
 * {@code {"prompt", "completion"}} (standard). Failing attempts are no demonstrations and are left out.
 */
public record SftExport(List<ExportExample> examples) implements ExportKind {

    public SftExport {
        examples = List.copyOf(examples);
    }

    @Override
    public String id() {
        return "sft";
    }

    @Override
    public String trlType(ExportStyle style) {
        return style == ExportStyle.CONVERSATIONAL ? "language modeling" : "prompt-completion";
    }

    @Override
    public String trainer() {
        return "SFTTrainer";
    }

    @Override
    public List<String> columns(ExportStyle style) {
        return style == ExportStyle.CONVERSATIONAL ? List.of("messages") : List.of("prompt", "completion");
    }

    @Override
    public List<String> systemPrompts() {
        return examples.stream().map(ExportExample::systemPrompt).filter(Objects::nonNull).distinct().toList();
    }

    @Override
    public ExportSelection select(ExportStyle style, boolean includeFlagged, boolean onlyCurated) {
        FlagPolicy policy = new FlagPolicy(includeFlagged);
        CurationPolicy curation = new CurationPolicy(onlyCurated);
        SelectionBuilder selection = new SelectionBuilder(examples.size());
        for (ExportExample example : examples) {
            Optional<Exclusion> failing = example.passesAllStrict()
                    ? Optional.empty() : Optional.of(Exclusion.NOT_PASSING);
            if (selection.excludedFor(curation.check(example.curation()), failing,
                    policy.positive(example.flags()))) {
                continue;
            }
            ObjectNode line = TrlJson.object();
            if (style == ExportStyle.CONVERSATIONAL) {
                line.set("messages",
                        TrlJson.conversation(example.systemPrompt(), example.prompt(), example.completion()));
            } else {
                line.set("prompt", TrlJson.prompt(style, example.systemPrompt(), example.prompt()));
                line.set("completion", TrlJson.completion(style, example.completion()));
            }
            String json = TrlJson.write(line);
            selection.add(new ExportLine(example.taskKey(), json, json, true, List.of(example.source()),
                    Optional.empty()));
        }
        return selection.build();
    }
}
