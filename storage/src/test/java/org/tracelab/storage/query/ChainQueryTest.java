package org.tracelab.storage.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tracelab.core.trace.Strategy;

class ChainQueryTest {

    @Test
    void acceptsAnInstructionIdListedTwice() {
        // IFEval key 1001-style tasks list length_constraints:number_words twice with different kwargs.
        ChainQuery query = ChainQuery.all()
                .withInstructions(
                        "length_constraints:number_words", "punctuation:no_comma", "length_constraints:number_words");

        assertThat(query.instructionIds()).containsExactly("length_constraints:number_words", "punctuation:no_comma");
    }

    @Test
    void collapsesRepeatedValuesInEveryDimension() {
        ChainQuery query = ChainQuery.all()
                .withRuns(1L, 1L)
                .withModes("direct", "direct")
                .withSeeds(42L, null, 42L, null)
                .withStrategies(Strategy.PATCH, Strategy.PATCH)
                .withFlags("refusal", "refusal");

        assertThat(query.runIds()).containsExactly(1L);
        assertThat(query.modes()).containsExactly("direct");
        assertThat(query.seeds()).containsExactly(42L, null);
        assertThat(query.strategies()).containsExactly(Strategy.PATCH);
        assertThat(query.flags()).containsExactly("refusal");
    }
}
