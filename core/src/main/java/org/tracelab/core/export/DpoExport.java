package org.tracelab.core.export;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Preference pairs for TRL's {@code DPOTrainer}: {@code {"prompt", "chosen", "rejected"}}. */
public record DpoExport(List<PreferencePair> pairs) implements ExportKind {

    public DpoExport {
        pairs = List.copyOf(pairs);
    }

    @Override
    public String id() {
        return "dpo";
    }

    @Override
    public String trlType(ExportStyle style) {
        return "preference";
    }

    @Override
    public String trainer() {
        return "DPOTrainer";
    }

    @Override
    public List<String> columns(ExportStyle style) {
        return List.of("prompt", "chosen", "rejected");
    }

    @Override
    public List<String> systemPrompts() {
        return pairs.stream()
                .map(PreferencePair::systemPrompt)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
    }

    @Override
    public ExportSelection select(SelectionRules rules) {
        ExportStyle style = rules.style();
        FlagPolicy policy = new FlagPolicy(rules.includeFlagged());
        CurationPolicy curation = new CurationPolicy(rules.onlyCurated());
        SelectionBuilder selection = new SelectionBuilder(pairs.size());
        for (PreferencePair pair : pairs) {
            if (selection.excludedFor(
                    curation.check(pair.curation()),
                    policy.positive(pair.chosenFlags()),
                    policy.negative(pair.rejectedFlags()))) {
                continue;
            }
            ObjectNode line = TrlJson.object();
            line.set("prompt", TrlJson.prompt(style, pair.systemPrompt(), pair.prompt()));
            line.set("chosen", TrlJson.completion(style, pair.chosen()));
            line.set("rejected", TrlJson.completion(style, pair.rejected()));
            String json = TrlJson.write(line);
            selection.add(new ExportLine(
                    pair.taskKey(),
                    json,
                    json,
                    true,
                    List.of(pair.chosenSource(), pair.rejectedSource()),
                    Optional.of(new PairProvenance(pair.origin(), pair.scoreGap(), pair.ranking()))));
        }
        return selection.build();
    }
}
