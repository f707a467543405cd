package org.tracelab.core.verify.declarative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracelab.core.verify.declarative.Rules.evidence;
import static org.tracelab.core.verify.declarative.Rules.refused;
import static org.tracelab.core.verify.declarative.Rules.strict;
import static org.tracelab.core.verify.declarative.Rules.verdict;

import org.junit.jupiter.api.Test;
import org.tracelab.core.verify.InstructionVerdict;

class RegexRuleTest {

    private static final String ID = "rule:regex";

    @Test
    void aMaximumAloneMeansAtMost() {
        assertThat(verdict(ID, "{\"pattern\": \"!\", \"max_matches\": 1}", "Wow! Great!")
                        .explanation())
                .isEqualTo("found 2 matches of /!/; needs at most 1 match");
    }

    @Test
    void countsNonOverlappingMatchesUnlessAskedToOverlap() {
        InstructionVerdict plain = verdict(ID, "{\"pattern\": \"aa\", \"min_matches\": 3}", "aaaa");
        assertThat(plain.strict()).isFalse();
        assertThat(plain.explanation()).isEqualTo("found 2 matches of /aa/; needs at least 3 matches");
        InstructionVerdict overlapping =
                verdict(ID, "{\"pattern\": \"aa\", \"min_matches\": 3, \"overlapping\": true}", "aaaa");
        assertThat(overlapping.strict()).isTrue();
        assertThat(overlapping.explanation()).isEqualTo("found 3 matches of /aa/; needs at least 3 matches");
    }

    @Test
    void overlappingMatchesOfAnEmptyPatternEndAtTheTextEnd() {
        assertThat(verdict(
                                ID,
                                "{\"pattern\": \"a*\", \"min_matches\": 4, \"max_matches\": 4, \"overlapping\": true}",
                                "aab")
                        .explanation())
                .isEqualTo("found 4 matches of /a*/; needs exactly 4 matches");
    }

    @Test
    void maxZeroForbidsAnyMatchAndPointsAtEachOne() {
        String response = "TODO: fix this. Also TODO later; todo is fine.";
        InstructionVerdict v = verdict(ID, "{\"pattern\": \"\\\\bTODO\\\\b\", \"max_matches\": 0}", response);
        assertThat(v.strict()).isFalse();
        assertThat(evidence(v, response)).containsExactly("TODO", "TODO");
        assertThat(v.explanation()).isEqualTo("found 2 matches of /\\bTODO\\b/; needs no matches");
        assertThat(strict(ID, "{\"pattern\": \"\\\\bTODO\\\\b\", \"max_matches\": 0}", "All done."))
                .isTrue();
    }

    @Test
    void tooManyMatchesPointsAtThoseBeyondTheLimit() {
        String response = "x1 x2 x3 x4";
        InstructionVerdict v =
                verdict(ID, "{\"pattern\": \"x\\\\d\", \"min_matches\": 1, \"max_matches\": 2}", response);
        assertThat(evidence(v, response)).containsExactly("x3", "x4");
    }

    @Test
    void needsOneMatchByDefault() {
        assertThat(strict(ID, "{\"pattern\": \"\\\\d{4}\"}", "It happened in 1999."))
                .isTrue();
        assertThat(strict(ID, "{\"pattern\": \"\\\\d{4}\"}", "It happened long ago."))
                .isFalse();
    }

    @Test
    void anEmptyResponseFailsEvenARuleThatForbidsMatches() {
        InstructionVerdict v = verdict(ID, "{\"pattern\": \"x\", \"max_matches\": 0}", "  \n");
        assertThat(v.strict()).isFalse();
        assertThat(v.loose()).isFalse();
        assertThat(v.explanation()).isEqualTo("the response is empty");
    }

    @Test
    void classesAndCaseAreUnicodeAware() {
        assertThat(verdict(ID, "{\"pattern\": \"\\\\w+\", \"min_matches\": 3, \"max_matches\": 3}", "日本語 テキスト ok")
                        .strict())
                .isTrue();
        assertThat(strict(ID, "{\"pattern\": \"école\", \"ignore_case\": true}", "L'ÉCOLE est fermée."))
                .isTrue();
        assertThat(strict(ID, "{\"pattern\": \"école\"}", "L'ÉCOLE est fermée."))
                .isFalse();
        // A character outside the BMP is one match of "." — counted by code point, not by UTF-16 unit.
        assertThat(strict(ID, "{\"pattern\": \".\", \"min_matches\": 2, \"max_matches\": 2}", "😀!"))
                .isTrue();
    }

    @Test
    void lineAnchorsWorkWithWindowsLineEnds() {
        String response = "- apples\r\n- pears\r\nplums\r\n";
        InstructionVerdict v =
                verdict(ID, "{\"pattern\": \"(?m)^- .+$\", \"min_matches\": 2, \"max_matches\": 2}", response);
        assertThat(v.strict()).isTrue();
        InstructionVerdict three = verdict(ID, "{\"pattern\": \"(?m)^- .+$\", \"max_matches\": 1}", response);
        assertThat(evidence(three, response)).containsExactly("- pears");
    }

    @Test
    void aCatastrophicPatternFailsWithAnExplanationInsteadOfHanging() {
        InstructionVerdict v = verdict(ID, "{\"pattern\": \"(.*?,){25}X\"}", "a,".repeat(30));
        assertThat(v.strict()).isFalse();
        assertThat(v.explanation())
                .isEqualTo("/(.*?,){25}X/ needed more than 10000000 steps on this response; " + "simplify the pattern");
    }

    @Test
    void refusesABadPatternOrRangeWhenTheTaskIsRead() {
        var bad = refused(ID, "{\"pattern\": \"a(b\"}");
        assertThat(bad.field()).isEqualTo("kwargs.pattern");
        assertThat(bad.getMessage()).startsWith("not a valid regular expression: Unclosed group");
        var empty = refused(ID, "{\"pattern\": \"\"}");
        assertThat(empty.getMessage()).isEqualTo("must not be empty");
        var range = refused(ID, "{\"pattern\": \"a\", \"min_matches\": 3, \"max_matches\": 2}");
        assertThat(range.field()).isEqualTo("kwargs.max_matches");
        assertThat(range.getMessage()).isEqualTo("must not be below min_matches (3), got 2");
        assertThat(refused(ID, "{\"pattern\": \"a\", \"max_matches\": -1}").getMessage())
                .isEqualTo("must be 0 or more, got -1");
    }

    @Test
    void restatesTheRuleInPlainWords() throws Exception {
        var registry = org.tracelab.core.verify.BuiltInConstraints.registry();
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        assertThat(registry.create(
                                ID, json.readTree("{\"pattern\": \"\\\\d+\", \"min_matches\": 2, \"max_matches\": 4}"))
                        .restatement())
                .isEqualTo("Your response must contain between 2 and 4 matches of the regular " + "expression /\\d+/.");
        assertThat(registry.create(ID, json.readTree("{\"pattern\": \"lol\", \"max_matches\": 0}"))
                        .restatement())
                .isEqualTo("Your response must not contain any match of the regular expression /lol/.");
    }
}
