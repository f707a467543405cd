package org.tracelab.app.service.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One reading of plan values for the form and the command line: what is accepted, and how a mistake is named. */
class PlanValuesTest {

    @Test
    void seedsAreWholeNumbersSeparatedByCommasEachOnce() {
        assertThat(PlanValues.seeds(" 42, 43 ,-1 ").value()).containsExactly(42L, 43L, -1L);
        assertThat(PlanValues.seeds("").problem()).isEqualTo("must list at least one seed, e.g. 42,43,44");
        assertThat(PlanValues.seeds("42,x").problem())
                .isEqualTo("must be whole numbers separated by commas, e.g. 42,43,44 ('x' is not)");
        assertThat(PlanValues.seeds("42,,43").problem()).contains("('' is not)");
        assertThat(PlanValues.seeds("42,43,42").problem()).isEqualTo("must list each seed once (42 is listed twice)");
    }

    @Test
    void modesAreKnownNamesEachOnce() {
        assertThat(PlanValues.modes("full_pcl, direct").value()).isEqualTo(List.of("full_pcl", "direct"));
        assertThat(PlanValues.modes("direct,repair").problem())
                .isEqualTo("must be direct, prompt_retry or full_pcl, separated by commas ('repair' is not)");
        assertThat(PlanValues.modes("direct,direct").problem())
                .isEqualTo("must list each mode once (direct is listed twice)");
        assertThat(PlanValues.modes(" ").ok()).isFalse();
    }

    @Test
    void countsAreWholeNumbersOfAtLeastOne() {
        assertThat(PlanValues.count(" 3 ").value()).isEqualTo(3);
        assertThat(PlanValues.count("0").problem()).isEqualTo("must be a whole number of at least 1");
        assertThat(PlanValues.count("1.5").ok()).isFalse();
        assertThat(PlanValues.count(null).ok()).isFalse();
    }

    @Test
    void temperaturesAreFiniteAndNotNegative() {
        assertThat(PlanValues.temperature("0.8").value()).isEqualTo(0.8);
        assertThat(PlanValues.temperature("0").value()).isEqualTo(0.0);
        assertThat(PlanValues.temperature("warm").problem()).isEqualTo("must be a number such as 0.2");
        assertThat(PlanValues.temperature("-0.1").problem()).isEqualTo("must be 0 or more");
        assertThat(PlanValues.temperature("NaN").problem()).isEqualTo("must be 0 or more");
    }

    @Test
    void aSampleSeedIsAnyWholeNumber() {
        assertThat(PlanValues.wholeNumber("-7").value()).isEqualTo(-7L);
        assertThat(PlanValues.wholeNumber("seven").problem()).isEqualTo("must be a whole number");
    }
}
