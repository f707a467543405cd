package org.tracelab.core.verify.declarative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracelab.core.verify.declarative.Rules.evidence;
import static org.tracelab.core.verify.declarative.Rules.refused;
import static org.tracelab.core.verify.declarative.Rules.strict;
import static org.tracelab.core.verify.declarative.Rules.verdict;

import org.junit.jupiter.api.Test;
import org.tracelab.core.verify.InstructionVerdict;

class HeadingsRuleTest {

    private static final String ID = "rule:markdown_headings";
    private static final String THREE = "{\"headings\": [\"Summary\", \"Method\", \"Results\"]}";

    @Test
    void findsRequiredHeadingsInOrderWithOthersBetween() {
        String response = "# Summary\nText.\n\n## Background\n\n## *Method*\nMore.\r\n\r\nResults\n-------\nDone.";
        assertThat(strict(ID, THREE, response)).isTrue();
    }

    @Test
    void headingsOutOfOrderAreTheEvidence() {
        String response = "# Results\n\n# Summary\n\n# Method\n";
        InstructionVerdict v = verdict(ID, THREE, response);
        assertThat(v.strict()).isFalse();
        assertThat(v.explanation()).isEqualTo("no heading \"Results\" after \"Method\"; found 3 headings");
        assertThat(evidence(v, response)).containsExactly("# Results");
    }

    @Test
    void aHashLineInACodeBlockIsNotAHeading() {
        String response = "# Summary\n\n```\n# Method\n```\n\n# Results";
        assertThat(verdict(ID, THREE, response).explanation())
                .isEqualTo("no heading \"Method\" after \"Summary\"; found 2 headings");
        assertThat(strict(ID, THREE, "#Summary\n\n# Method\n# Results")).isFalse();
    }

    @Test
    void levelAndCaseAreHonouredWhenAsked() {
        String response = "# summary\n## Method\n## Results";
        assertThat(strict(ID, THREE, response)).isTrue();
        assertThat(strict(ID, "{\"headings\": [\"Summary\"], \"case_sensitive\": true}", response))
                .isFalse();
        assertThat(strict(ID, "{\"headings\": [\"Method\", \"Results\"], \"level\": 2}", response))
                .isTrue();
        assertThat(strict(ID, "{\"headings\": [\"summary\", \"Method\"], \"level\": 2}", response))
                .isFalse();
    }

    @Test
    void unicodeHeadingsCompareWithoutCase() {
        assertThat(strict(ID, "{\"headings\": [\"Überblick\", \"Ergebnisse\"]}", "# ÜBERBLICK\n\n# ergebnisse"))
                .isTrue();
    }

    @Test
    void refusesAnEmptyListOrABadLevel() {
        assertThat(refused(ID, "{\"headings\": []}").getMessage()).isEqualTo("must list at least one phrase");
        assertThat(refused(ID, "{\"headings\": [\"A\"], \"level\": 7}").getMessage())
                .isEqualTo("must be 1 to 6, got 7");
    }
}
