package org.tracelab.core.export;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Attempts with their verdict as label for TRL's {@code KTOTrainer}: {@code {"prompt", "completion", "label"}},
 * {@code label} true when every instruction passed strictly.
 */
public record KtoExport(List<ExportExample> examples) implements ExportKind {

    public KtoExport {
        examples = List.copyOf(examples);
    }

    @Override
    public String id() {
        return "kto";
    }

    @Override
    public String trlType(ExportStyle style) {
        return "unpaired preference";
    }

    @Override
    public String trainer() {
        return "KTOTrainer";
    }

    @Override
    public List<String> columns(ExportStyle style) {
        return List.of("prompt", "completion", "label");
    }

    @Override
    public List<String> systemPrompts() {
        return examples.stream()
                .map(ExportExample::systemPrompt)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
    }

    @Override
    public ExportSelection select(SelectionRules rules) {
        ExportStyle style = rules.style();
        FlagPolicy policy = new FlagPolicy(rules.includeFlagged());
        CurationPolicy curation = new CurationPolicy(rules.onlyCurated());
        SelectionBuilder selection = new SelectionBuilder(examples.size());
        for (ExportExample example : examples) {
            boolean label = example.passesAllStrict();
            if (selection.excludedFor(
                    curation.check(example.curation()),
                    label ? policy.positive(example.flags()) : policy.negative(example.flags()))) {
                continue;
            }
            ObjectNode line = TrlJson.object();
            line.set("prompt", TrlJson.prompt(style, example.systemPrompt(), example.prompt()));
            line.set("completion", TrlJson.completion(style, example.completion()));
            // The label stays out of the key: the same answer to the same prompt is one example,
            // whichever run judged it.
            String dedupKey = TrlJson.write(line);
            line.put("label", label);
            selection.add(new ExportLine(
                    example.taskKey(),
                    TrlJson.write(line),
                    dedupKey,
                    label,
                    List.of(example.source()),
                    Optional.empty()));
        }
        return selection.build();
    }
}
