package org.tracelab.core.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracelab.core.verify.Checks.evidence;
import static org.tracelab.core.verify.Checks.strict;
import static org.tracelab.core.verify.Checks.verdict;

import org.junit.jupiter.api.Test;

class FormatInstructionsTest {

    private static final String BULLETS = "detectable_format:number_bullet_lists";
    private static final String HIGHLIGHTS = "detectable_format:number_highlighted_sections";
    private static final String JSON = "detectable_format:json_format";
    private static final String TWO = "combination:two_responses";

    @Test
    void bulletsCountStarAndDashLines() {
        String response = "Intro\n* one\n- two\n  * three\n**bold** line\n• four";
        InstructionVerdict v = verdict(BULLETS, "{\"num_bullets\": 4}", response);
        assertThat(v.strict()).isFalse();
        assertThat(evidence(v, response)).containsExactly("* one", "- two", "  * three");
        assertThat(strict(BULLETS, "{\"num_bullets\": 3}", response)).isTrue();
    }

    @Test
    void italicLinesAndHorizontalRulesCountAsBullets() {
        assertThat(strict(BULLETS, "{\"num_bullets\": 2}", "*italic* line\n---"))
                .isTrue();
    }

    @Test
    void starBulletMatchCanSwallowAnEmptyLine() {
        // "*" then a newline: [^*] matches the newline, so the match runs into the next line and
        // the dash bullet behind it is still found separately.
        assertThat(strict(BULLETS, "{\"num_bullets\": 2}", "*\n- item")).isTrue();
    }

    @Test
    void highlightsNeedContent() {
        assertThat(strict(HIGHLIGHTS, "{\"num_highlights\": 2}", "*one* and *two*"))
                .isTrue();
        assertThat(strict(HIGHLIGHTS, "{\"num_highlights\": 2}", "*one* and * *"))
                .isFalse();
        // In **bold** the single pattern only finds the empty "**" pairs; the double pattern counts it once.
        assertThat(strict(HIGHLIGHTS, "{\"num_highlights\": 1}", "**bold**")).isTrue();
        assertThat(strict(HIGHLIGHTS, "{\"num_highlights\": 2}", "**bold**")).isFalse();
    }

    @Test
    void sectionsAreCountedBySplitterAndNumber() {
        String kw = "{\"section_spliter\": \"Section\", \"num_sections\": 2}";
        assertThat(strict("detectable_format:multiple_sections", kw, "Section 1\nA\nSection 2\nB"))
                .isTrue();
        assertThat(strict("detectable_format:multiple_sections", kw, "SECTION 1\nA\nSECTION 2\nB"))
                .isFalse();
    }

    @Test
    void jsonMayBeFencedAndUsesPythonRules() {
        assertThat(strict(JSON, "{}", "```json\n{\"a\": [1, 2]}\n```")).isTrue();
        assertThat(strict(JSON, "{}", "  [NaN, Infinity, -Infinity]  ")).isTrue();
        assertThat(strict(JSON, "{}", "{\"a\": 1} trailing")).isFalse();
        assertThat(strict(JSON, "{}", "[INF]")).isFalse();
        assertThat(strict(JSON, "{}", "\"just a string\"")).isTrue();
        assertThat(strict(JSON, "{}", "{'a': 1}")).isFalse();
    }

    @Test
    void titleNeedsTextInsideDoubleAngleBrackets() {
        assertThat(strict("detectable_format:title", "{}", "<<My Poem>>\nRoses"))
                .isTrue();
        assertThat(strict("detectable_format:title", "{}", "<< >>\nRoses")).isFalse();
        assertThat(strict("detectable_format:title", "{}", "<<broken\ntitle>>")).isFalse();
    }

    @Test
    void placeholdersAreBracketsOnOneLine() {
        assertThat(strict("detectable_content:number_placeholders", "{\"num_placeholders\": 2}", "[name] and []"))
                .isTrue();
        assertThat(strict("detectable_content:number_placeholders", "{\"num_placeholders\": 1}", "[multi\nline]"))
                .isFalse();
    }

    @Test
    void postscriptMarkerIsSearchedCaseInsensitively() {
        assertThat(strict("detectable_content:postscript", "{\"postscript_marker\": \"P.S.\"}", "Hi.\np.s. bye"))
                .isTrue();
        assertThat(strict("detectable_content:postscript", "{\"postscript_marker\": \"P.P.S\"}", "Hi. P. P. S more"))
                .isTrue();
        assertThat(strict("detectable_content:postscript", "{\"postscript_marker\": \"P.S.\"}", "Hi."))
                .isFalse();
    }

    @Test
    void constrainedResponseIsCaseSensitive() {
        String id = "detectable_format:constrained_response";
        assertThat(strict(id, "{}", "I think so. My answer is yes.")).isTrue();
        assertThat(strict(id, "{}", "my answer is yes.")).isFalse();
    }

    @Test
    void twoResponsesNeedExactlyTwoDifferentParts() {
        assertThat(strict(TWO, "{}", "A\n******\nB")).isTrue();
        assertThat(strict(TWO, "{}", "A\n******\nA")).isFalse();
        assertThat(strict(TWO, "{}", "******\nA\n******\nB\n******")).isTrue();
        assertThat(strict(TWO, "{}", "A\n******\n\n******\nB")).isFalse();
    }

    @Test
    void sevenAsterisksLeaveOneInTheSecondPart() {
        // "*******" splits into "A\n" and "*\nB": two non-empty, different parts.
        assertThat(strict(TWO, "{}", "A\n*******\nB")).isTrue();
    }
}
