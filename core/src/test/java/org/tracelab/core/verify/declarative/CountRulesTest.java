package org.tracelab.core.verify.declarative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracelab.core.verify.declarative.Rules.evidence;
import static org.tracelab.core.verify.declarative.Rules.refused;
import static org.tracelab.core.verify.declarative.Rules.strict;
import static org.tracelab.core.verify.declarative.Rules.verdict;

import org.junit.jupiter.api.Test;
import org.tracelab.core.verify.InstructionVerdict;

class CountRulesTest {

    @Test
    void wordsAreCountedAsIfevalCountsThemAndTheExcessIsTheEvidence() {
        String response = "Don't panic: 3.5 apples.";
        // don, t, panic, 3, 5, apples
        InstructionVerdict v = verdict("rule:word_count", "{\"min\": 2, \"max\": 4}", response);
        assertThat(v.strict()).isFalse();
        assertThat(v.explanation()).isEqualTo("found 6 words; needs between 2 and 4 words");
        assertThat(evidence(v, response)).containsExactly("5 apples");
        assertThat(strict("rule:word_count", "{\"min\": 6, \"max\": 6}", response))
                .isTrue();
        assertThat(verdict("rule:word_count", "{\"min\": 7}", response).explanation())
                .isEqualTo("found 6 words; needs at least 7 words");
    }

    @Test
    void wordsInAnyScriptCount() {
        assertThat(strict("rule:word_count", "{\"min\": 3, \"max\": 3}", "Καλημέρα κόσμε ünd"))
                .isTrue();
    }

    @Test
    void paragraphsAreSeparatedByBlankLinesWhateverTheLineEnds() {
        String crlf = "First one.\r\nStill first.\r\n\r\nSecond.\r\n  \t\r\nThird.\r\n";
        InstructionVerdict v = verdict("rule:paragraph_count", "{\"max\": 2}", crlf);
        assertThat(v.explanation()).isEqualTo("found 3 paragraphs; needs at most 2 paragraphs");
        assertThat(evidence(v, crlf)).containsExactly("Third.");
        assertThat(strict("rule:paragraph_count", "{\"min\": 3, \"max\": 3}", "A\n\nB\r\rC"))
                .isTrue();
        assertThat(strict("rule:paragraph_count", "{\"min\": 2}", "One line\nanother line of the same one"))
                .isFalse();
    }

    @Test
    void sentencesAreCountedBySentenceSplitting() {
        String response = "It rained. We stayed in. Then the sun came out.";
        InstructionVerdict v = verdict("rule:sentence_count", "{\"max\": 2}", response);
        assertThat(v.explanation()).isEqualTo("found 3 sentences; needs at most 2 sentences");
        assertThat(evidence(v, response)).containsExactly("Then the sun came out.");
        assertThat(strict("rule:sentence_count", "{\"min\": 3}", response)).isTrue();
    }

    @Test
    void charactersAreCodePointsWithWindowsLineEndsCountedOnce() {
        String response = "ok 😀\r\nyes";
        // o, k, space, 😀, line end, y, e, s
        assertThat(verdict("rule:character_count", "{\"min\": 8, \"max\": 8}", response)
                        .explanation())
                .isEqualTo("found 8 characters; needs exactly 8 characters");
        assertThat(verdict("rule:character_count", "{\"max\": 5, \"ignore_whitespace\": true}", response)
                        .explanation())
                .isEqualTo("found 6 characters (whitespace not counted); needs at most 5 characters");
        InstructionVerdict tooLong = verdict("rule:character_count", "{\"max\": 4}", response);
        assertThat(evidence(tooLong, response)).containsExactly("\r\nyes");
    }

    @Test
    void anEmptyResponseFailsACountRuleThatAllowsZero() {
        assertThat(verdict("rule:word_count", "{\"max\": 10}", "").explanation())
                .isEqualTo("the response is empty");
    }

    @Test
    void refusesRangesThatCannotBeMet() {
        assertThat(refused("rule:word_count", "{}").getMessage()).isEqualTo("give min, max or both");
        assertThat(refused("rule:sentence_count", "{\"min\": -2}").getMessage()).isEqualTo("must be 0 or more, got -2");
        var inverted = refused("rule:character_count", "{\"min\": 10, \"max\": 9}");
        assertThat(inverted.field()).isEqualTo("kwargs.max");
        assertThat(refused("rule:paragraph_count", "{\"min\": 1.5}").getMessage())
                .isEqualTo("must be an integer, got number 1.5");
    }

    @Test
    void restatesTheRange() throws Exception {
        var registry = org.tracelab.core.verify.BuiltInConstraints.registry();
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        assertThat(registry.create("rule:word_count", json.readTree("{\"min\": 100, \"max\": 150}"))
                        .restatement())
                .isEqualTo("Your response must contain between 100 and 150 words.");
        assertThat(registry.create("rule:paragraph_count", json.readTree("{\"min\": 3, \"max\": 3}"))
                        .restatement())
                .isEqualTo("Your response must have exactly 3 paragraphs, separated by blank lines.");
        assertThat(registry.create("rule:character_count", json.readTree("{\"max\": 280}"))
                        .restatement())
                .isEqualTo("Your response must be at most 280 characters long.");
    }
}
