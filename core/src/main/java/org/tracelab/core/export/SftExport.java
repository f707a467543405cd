package org.tracelab.core.export;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Passing attempts as demonstrations for TRL's {@code SFTTrainer}: {@code {"messages"}} (conversational) or
 * {@code {"prompt", "completion"}} (standard). Failing attempts are no demonstrations and are left out.
 *
 * <p>By default one demonstration per (task, seed), best of N: the first example of the group, in the order given
 * (rank, then rollout order: an answer that needed no repair, then the lowest fork), that has rank 1 and passes
 * every other rule; the group's other passing answers are counted as {@link Exclusion#NOT_BEST}. A rank-1 answer
 * that is gamed, refused, truncated or excluded by a person therefore never takes its group's place. With
 * {@link SelectionRules#sftAllPassing()}, every passing answer.
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
        Set<String> groupsWithALine = new HashSet<>();
        for (ExportExample example : examples) {
            Optional<Exclusion> failing =
                    example.passesAllStrict() ? Optional.empty() : Optional.of(Exclusion.NOT_PASSING);
            // Best of N is decided last (and apart: its check takes the group's place), so only an example that
            // passes every other rule can take it.
            if (selection.excludedFor(curation.check(example.curation()), failing, policy.positive(example.flags()))
                    || selection.excludedFor(bestOfN(rules, example, groupsWithALine))) {
                continue;
            }
            ObjectNode line = TrlJson.object();
            if (style == ExportStyle.CONVERSATIONAL) {
                line.set(
                        "messages",
                        TrlJson.conversation(example.systemPrompt(), example.prompt(), example.completion()));
            } else {
                line.set("prompt", TrlJson.prompt(style, example.systemPrompt(), example.prompt()));
                line.set("completion", TrlJson.completion(style, example.completion()));
            }
            String json = TrlJson.write(line);
            selection.add(
                    new ExportLine(example.taskKey(), json, json, true, List.of(example.source()), Optional.empty()));
        }
        return selection.build();
    }

    /** Takes the example's group when it is rank 1 and the group has no line yet. */
    private static Optional<Exclusion> bestOfN(SelectionRules rules, ExportExample example, Set<String> taken) {
        if (rules.sftAllPassing()) {
            return Optional.empty();
        }
        return example.rank().rank() == 1 && taken.add(example.rank().group())
                ? Optional.empty()
                : Optional.of(Exclusion.NOT_BEST);
    }
}
