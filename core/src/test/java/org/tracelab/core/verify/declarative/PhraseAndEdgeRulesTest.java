package org.tracelab.core.verify.declarative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracelab.core.verify.declarative.Rules.evidence;
import static org.tracelab.core.verify.declarative.Rules.refused;
import static org.tracelab.core.verify.declarative.Rules.strict;
import static org.tracelab.core.verify.declarative.Rules.verdict;

import org.junit.jupiter.api.Test;
import org.tracelab.core.verify.InstructionVerdict;

class PhraseAndEdgeRulesTest {

    @Test
    void containsNeedsEveryPhraseIgnoringCaseByDefault() {
        assertThat(strict(
                        "rule:contains",
                        "{\"phrases\": [\"Machine Learning\", \"data\"]}",
                        "machine learning needs DATA."))
                .isTrue();
        InstructionVerdict v = verdict(
                "rule:contains", "{\"phrases\": [\"machine learning\", \"privacy\"]}", "Machine learning is fun.");
        assertThat(v.strict()).isFalse();
        assertThat(v.explanation()).isEqualTo("missing \"privacy\"");
        assertThat(strict("rule:contains", "{\"phrases\": [\"Machine\"], \"case_sensitive\": true}", "machine"))
                .isFalse();
    }

    @Test
    void caseIsFoldedForEveryScript() {
        assertThat(strict("rule:contains", "{\"phrases\": [\"été\"]}", "UN ÉTÉ CHAUD"))
                .isTrue();
        assertThat(strict("rule:contains", "{\"phrases\": [\"ΣΟΦΙΑ\"]}", "η σοφια"))
                .isTrue();
    }

    @Test
    void wholeWordsOnlyWhenAsked() {
        assertThat(strict("rule:contains", "{\"phrases\": [\"cat\"]}", "A catalogue."))
                .isTrue();
        assertThat(strict("rule:contains", "{\"phrases\": [\"cat\"], \"whole_words\": true}", "A catalogue."))
                .isFalse();
        assertThat(strict("rule:contains", "{\"phrases\": [\"cat\"], \"whole_words\": true}", "A cat, a dog."))
                .isTrue();
    }

    @Test
    void notContainsPointsAtEveryOccurrenceInTextOrder() {
        String response = "Honestly, it is very good. Very, very good.";
        InstructionVerdict v = verdict("rule:not_contains", "{\"phrases\": [\"very\", \"honestly\"]}", response);
        assertThat(v.strict()).isFalse();
        assertThat(evidence(v, response)).containsExactly("Honestly", "very", "Very", "very");
        assertThat(v.explanation()).isEqualTo("used \"very\", \"honestly\" (4 occurrences)");
        assertThat(strict("rule:not_contains", "{\"phrases\": [\"very\"], \"whole_words\": true}", "Everything."))
                .isTrue();
    }

    @Test
    void startsAndEndsIgnoreSurroundingWhitespaceAndWindowsLineEnds() {
        String response = "\r\n  Dear Ms Rossi,\r\nthank you.\r\nBest regards\r\n";
        assertThat(strict("rule:starts_with", "{\"phrase\": \"dear ms rossi\"}", response))
                .isTrue();
        assertThat(strict("rule:ends_with", "{\"phrase\": \"Best regards\"}", response))
                .isTrue();
        assertThat(strict("rule:ends_with", "{\"phrase\": \"best regards\", \"case_sensitive\": true}", response))
                .isFalse();
    }

    @Test
    void aWrongStartPointsAtWhatIsThere() {
        String response = "Hello there, Ms Rossi.";
        InstructionVerdict v = verdict("rule:starts_with", "{\"phrase\": \"Dear\"}", response);
        assertThat(v.strict()).isFalse();
        assertThat(evidence(v, response)).containsExactly("Hell");
        assertThat(v.explanation()).isEqualTo("starts with \"Hell\"; needs \"Dear\"");
        assertThat(strict("rule:ends_with", "{\"phrase\": \"a much longer ending than the text\"}", "Short."))
                .isFalse();
    }

    @Test
    void edgesWorkWithCharactersOutsideTheBasicPlane() {
        assertThat(strict("rule:ends_with", "{\"phrase\": \"🙂\"}", "See you 🙂"))
                .isTrue();
        assertThat(strict("rule:starts_with", "{\"phrase\": \"Über\"}", "über alles"))
                .isTrue();
    }

    @Test
    void refusesEmptyPhrases() {
        assertThat(refused("rule:contains", "{\"phrases\": []}").getMessage())
                .isEqualTo("must list at least one phrase");
        assertThat(refused("rule:not_contains", "{\"phrases\": [\"ok\", \"\"]}").getMessage())
                .isEqualTo("phrase 2 is empty");
        assertThat(refused("rule:starts_with", "{\"phrase\": \"  \"}").getMessage())
                .isEqualTo("must not be empty");
        assertThat(refused("rule:contains", "{\"phrases\": \"one\"}").getMessage())
                .isEqualTo("must be a list of strings, got string \"one\"");
    }
}
