package org.tracelab.core.verify.declarative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracelab.core.verify.declarative.Rules.evidence;
import static org.tracelab.core.verify.declarative.Rules.strict;
import static org.tracelab.core.verify.declarative.Rules.verdict;

import org.junit.jupiter.api.Test;
import org.tracelab.core.verify.InstructionVerdict;

class EveryUnitRuleTest {

    @Test
    void everyLineMustMatchAsAWholeAndTheOthersAreTheEvidence() {
        String response = "1. flour\r\n2. sugar\r\n\r\nthree eggs\r\n4. milk\r\n";
        InstructionVerdict v = verdict("rule:every_line_matches", "{\"pattern\": \"\\\\d+\\\\. .+\"}", response);
        assertThat(v.strict()).isFalse();
        assertThat(evidence(v, response)).containsExactly("three eggs");
        assertThat(v.explanation()).isEqualTo("1 of 4 lines do not match /\\d+\\. .+/");
    }

    @Test
    void blankLinesAreSkippedUnlessAsked() {
        String response = "- a\n\n- b";
        assertThat(strict("rule:every_line_matches", "{\"pattern\": \"- .+\"}", response))
                .isTrue();
        assertThat(strict("rule:every_line_matches", "{\"pattern\": \"- .+\", \"skip_blank\": false}", response))
                .isFalse();
    }

    @Test
    void aPatternMatchingOnlyPartOfALineIsNotEnough() {
        assertThat(strict("rule:every_line_matches", "{\"pattern\": \"[a-z]+\"}", "abc\nabc1"))
                .isFalse();
    }

    @Test
    void everyParagraphMatchesAcrossItsLineBreaks() {
        String response = "Q: Why?\nA: Because.\n\nQ: How?\nA: Slowly.\n\nJust a remark.";
        InstructionVerdict v = verdict("rule:every_paragraph_matches", "{\"pattern\": \"Q: .+\\\\nA: .+\"}", response);
        assertThat(v.strict()).isFalse();
        assertThat(evidence(v, response)).containsExactly("Just a remark.");
        assertThat(strict(
                        "rule:every_paragraph_matches",
                        "{\"pattern\": \"q: .+\", \"ignore_case\": true}",
                        "Q: one\nA: x\r\n\r\nq: two"))
                .isTrue();
    }
}
