package org.tracelab.app.ui.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tracelab.core.trace.CurationState;
import org.tracelab.core.trace.Strategy;
import org.tracelab.storage.query.ChainQuery;
import org.tracelab.storage.query.VerdictFilter;
import org.tracelab.storage.query.VerdictLevel;

class ExplorerFilterTest {

    @Test
    void summaryReadsLikeTheFilter() {
        ExplorerFilter filter = ExplorerFilter.of(3L)
                .withModes(List.of("full_pcl"))
                .withInstructionIds(List.of("punctuation:no_comma"))
                .withVerdict(new VerdictFilter(VerdictLevel.STRICT, false));

        assertThat(filter.summary())
                .isEqualTo("run 3 · mode full_pcl · instruction punctuation:no_comma · strict fail");
    }

    @Test
    void summaryNamesEveryDimensionAndSortsValues() {
        ExplorerFilter filter = ExplorerFilter.of(null)
                .withModes(List.of("repair", "direct"))
                .withSeeds(Arrays.asList(43L, null))
                .withVerdict(new VerdictFilter(VerdictLevel.BOTH, true))
                .withStrategies(List.of(Strategy.PATCH))
                .withFlags(List.of("refusal"))
                .withCuration(List.of(CurationState.INCLUDED))
                .withFullText("  soft rain ");

        assertThat(filter.summary())
                .isEqualTo("all runs · mode direct or repair · seed 43 or none · strict and loose "
                        + "pass · repaired by patch · flag refusal · curation included · text \u201csoft rain\u201d");
        assertThat(filter.restricts()).isTrue();
        assertThat(filter.cleared()).isEqualTo(ExplorerFilter.of(null));
        assertThat(filter.cleared().restricts()).isFalse();
    }

    @Test
    void queryCarriesEveryDimension() {
        ExplorerFilter filter = ExplorerFilter.of(7L)
                .withModes(List.of("direct"))
                .withSeeds(Arrays.asList(1L, null))
                .withInstructionIds(List.of("punctuation:no_comma"))
                .withVerdict(new VerdictFilter(VerdictLevel.LOOSE, true))
                .withStrategies(List.of(Strategy.PATCH))
                .withFlags(List.of("truncated"))
                .withCuration(List.of(CurationState.NONE))
                .withFullText("rain");

        ChainQuery query = filter.toQuery();

        assertThat(query.runIds()).containsExactly(7L);
        assertThat(query.modes()).containsExactly("direct");
        assertThat(query.seeds()).containsExactlyInAnyOrder(1L, null);
        assertThat(query.instructionIds()).containsExactly("punctuation:no_comma");
        assertThat(query.verdict()).isEqualTo(new VerdictFilter(VerdictLevel.LOOSE, true));
        assertThat(query.strategies()).containsExactly(Strategy.PATCH);
        assertThat(query.flags()).containsExactly("truncated");
        assertThat(query.curation()).containsExactly(CurationState.NONE);
        assertThat(query.fullText()).isEqualTo("rain");
        assertThat(ExplorerFilter.of(null).toQuery()).isEqualTo(ChainQuery.all());
    }
}
