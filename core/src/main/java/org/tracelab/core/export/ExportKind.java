package org.tracelab.core.export;

import java.util.List;

/**
 * What to export. Each kind carries its own input (pairs for DPO, examples for SFT and KTO), so an export
 * cannot be handed the wrong material, and knows TRL's shape for it.
 */
public sealed interface ExportKind permits DpoExport, SftExport, KtoExport {

    static ExportKind dpo(List<PreferencePair> pairs) {
        return new DpoExport(pairs);
    }

    static ExportKind sft(List<ExportExample> examples) {
        return new SftExport(examples);
    }

    static ExportKind kto(List<ExportExample> examples) {
        return new KtoExport(examples);
    }

    /** {@code dpo}, {@code sft} or {@code kto}, as on the command line and in the manifest. */
    String id();

    /** TRL's name for the dataset type in this style, e.g. {@code preference}. */
    String trlType(ExportStyle style);

    /** The TRL trainer class that reads this kind. */
    String trainer();

    /** The columns of each line, in order. */
    List<String> columns(ExportStyle style);

    /** The distinct system prompts of the inputs, in first-seen order. */
    List<String> systemPrompts();

    /**
     * The candidate lines, in input order, before deduplication and splitting. Inputs a person excluded are
     * always left out; with {@code onlyCurated}, so is everything nobody included.
     */
    ExportSelection select(SelectionRules rules);

    /** All candidates nobody excluded, with the default rules otherwise. */
    default ExportSelection select(ExportStyle style, boolean includeFlagged) {
        return select(SelectionRules.of(style, includeFlagged));
    }

    /** As {@link #select(ExportStyle, boolean)}, keeping only what a person included when {@code onlyCurated}. */
    default ExportSelection select(ExportStyle style, boolean includeFlagged, boolean onlyCurated) {
        return select(SelectionRules.of(style, includeFlagged).withOnlyCurated(onlyCurated));
    }
}
