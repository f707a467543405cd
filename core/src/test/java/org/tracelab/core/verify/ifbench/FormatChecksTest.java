package org.tracelab.core.verify.ifbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracelab.core.verify.ifbench.IfbenchChecks.instruction;
import static org.tracelab.core.verify.ifbench.IfbenchChecks.loose;
import static org.tracelab.core.verify.ifbench.IfbenchChecks.nltkStrict;
import static org.tracelab.core.verify.ifbench.IfbenchChecks.nltkVerdict;
import static org.tracelab.core.verify.ifbench.IfbenchChecks.strict;

import org.junit.jupiter.api.Test;
import org.tracelab.core.verify.constraint.Instruction;

/** The format:* ids on the edge cases the semantics file lists. */
class FormatChecksTest {

    @Test
    void parenthesesPassAtFiveLevelsCountingUnclosedOpeners() {
        Instruction brackets = instruction("format:parentheses");
        assertThat(strict(brackets, "(a [b {c (d [e] d) c} b] a)")).isTrue();
        assertThat(strict(brackets, "((((( x )")).as("unclosed openers count").isTrue();
        assertThat(strict(brackets, "(((( x ))))")).isFalse();
        assertThat(strict(brackets, "(((( ] ( x )"))
                .as("a mismatch clears the depth")
                .isFalse();
    }

    @Test
    void quotesCountApostrophesAndIgnoreCurlyQuotes() {
        Instruction quotes = instruction("format:quotes");
        assertThat(strict(quotes, "\"a 'b \"c\" b' a\"")).isTrue();
        assertThat(strict(quotes, "\u201ca \u2018b \u201cc\u201d b\u2019 a\u201d"))
                .isFalse();
        assertThat(strict(quotes, "\"a 'b' a\"")).isFalse();
        assertThat(strict(quotes, "\"it's 'don't\" x\"'"))
                .as("apostrophes push and pop too")
                .isFalse();
    }

    @Test
    void optionsCompareLooselyExceptLetteredOnes() {
        Instruction yesNo = instruction("format:options", "{\"options\": \"yes/no/maybe\"}");
        assertThat(strict(yesNo, "  Maybe. ")).isTrue();
        assertThat(strict(yesNo, "Maybe not")).isFalse();
        Instruction know = instruction("format:options", "{\"options\": \"I know or I don't know\"}");
        assertThat(strict(know, "I don't know!")).isTrue();
        Instruction lettered = instruction("format:options", "{\"options\": \"a), b), c), d)\"}");
        assertThat(strict(lettered, "b)")).isTrue();
        assertThat(strict(lettered, "b) ")).as("exact in lettered mode").isFalse();
        assertThat(strict(lettered, "Answer:\nb)")).isFalse();
        assertThat(loose(lettered, "Answer:\nb)"))
                .as("the variant without the first line is exact")
                .isTrue();
    }

    @Test
    void newlineNeedsOneWordPerLineWithSpaceOnlyLinesCounting() {
        Instruction newline = instruction("format:newline");
        assertThat(strict(newline, "One\nword,\nper\nline.\n")).isTrue();
        assertThat(strict(newline, "One word\nper line")).isFalse();
        assertThat(strict(newline, "One\n\nword")).as("empty lines are dropped").isTrue();
        assertThat(strict(newline, "One\n  \nword"))
                .as("a line of spaces stays")
                .isFalse();
    }

    @Test
    void emojiEndsEverySentenceAllowingVariationSelectorsAndPunktsMove() {
        Instruction emoji = instruction("format:emoji");
        assertThat(nltkStrict(emoji, "I love it \ud83d\ude00. Sun is up \u2600\ufe0f!"))
                .isTrue();
        assertThat(nltkStrict(emoji, "I love it. \ud83d\ude00 Sun is up \u2600\ufe0f"))
                .as("an emoji after the stop")
                .isTrue();
        assertThat(nltkStrict(emoji, "I love it \ud83d\ude00. Sun is up.")).isFalse();
        assertThat(nltkVerdict(emoji, "I love it \ud83d\ude00. Sun is up.").evidence())
                .hasSize(1);
    }

    @Test
    void lineIndentRemovesBlankLinesLikeThePythonLoop() {
        Instruction stairs = instruction("format:line_indent");
        assertThat(strict(stairs, "a\n b\n\n  c")).isTrue();
        assertThat(strict(stairs, "a\n b\n\n\n  c"))
                .as("of two blank lines one stays")
                .isFalse();
        assertThat(strict(stairs, "a\n\tb")).as("tabs are not counted").isFalse();
    }

    @Test
    void quoteUnquoteFailsOnEmptyOrFinalQuotesAndPassesWithoutQuotes() {
        Instruction quotes = instruction("format:quote_unquote");
        assertThat(strict(quotes, "No quotes here.")).isTrue();
        assertThat(strict(quotes, "He said \"go\" and that means leave.")).isTrue();
        assertThat(strict(quotes, "He said \"go\".")).isFalse();
        assertThat(strict(quotes, "An empty \"\" quote.")).isFalse();
        assertThat(strict(quotes, "It is '\"' ok"))
                .as("the sequence '\"' is deleted first")
                .isTrue();
    }

    @Test
    void listSeparatorOccursTwiceAnywhere() {
        Instruction list = instruction("format:list", "{\"sep\": \"!?!?\"}");
        assertThat(strict(list, "a !?!? b !?!? c")).isTrue();
        assertThat(strict(list, "a !?!?!? b")).as("non-overlapping").isFalse();
    }

    @Test
    void thesisKeepsTheReferenceOffsets() {
        Instruction thesis = instruction("format:thesis");
        assertThat(strict(thesis, "<i>Main claim</i>\nMore text.")).isTrue();
        assertThat(strict(thesis, "<i>Main claim</i>")).isFalse();
        assertThat(strict(thesis, "<i> </i> text")).isFalse();
        assertThat(strict(thesis, "<em></em>"))
                .as("after </em> the leftover > counts as text")
                .isTrue();
        assertThat(strict(thesis, "No italics.")).isFalse();
    }

    @Test
    void subBulletsAreVacuousWithoutAsterisksAndFailBold() {
        Instruction bullets = instruction("format:sub-bullets");
        assertThat(strict(bullets, "* one\n  - a\n* two\n  - b")).isTrue();
        assertThat(strict(bullets, "no bullets at all")).isTrue();
        assertThat(strict(bullets, "**bold** - x")).isFalse();
        assertThat(loose(bullets, "**bold** - x"))
                .as("the variant without asterisks passes")
                .isTrue();
    }

    @Test
    void noBulletsBulletsFailsOnATrailingEmptyLine() {
        Instruction shape = instruction("format:no_bullets_bullets");
        assertThat(nltkStrict(shape, "First sentence. Second sentence.\n* one\n* two"))
                .isTrue();
        assertThat(nltkStrict(shape, "First sentence. Second sentence.\n* one\n* two\n"))
                .isFalse();
        assertThat(nltkStrict(shape, "Only one sentence.\n* one\n* two")).isFalse();
        assertThat(nltkStrict(shape, "One. Two.\n\n* one\n* two")).isTrue();
    }

    @Test
    void titleCaseAcceptsAcronymsAndCamelCaseButNotLowerWords() {
        Instruction title = instruction("format:title_case");
        assertThat(nltkStrict(title, "The USA Loves Its iPhone And eBay")).isTrue();
        assertThat(nltkStrict(title, "The Cat and The Hat")).isFalse();
        assertThat(nltkStrict(title, "I Don't Know")).as("don't gives do").isFalse();
        assertThat(nltkStrict(title, "Go A Way")).isTrue();
    }

    @Test
    void outputTemplateAndNoWhitespace() {
        assertThat(strict(instruction("format:output_template"), "My Answer: x My Conclusion: y Future Outlook: z"))
                .isTrue();
        assertThat(strict(instruction("format:output_template"), "My answer: x My Conclusion: y Future Outlook: z"))
                .isFalse();
        Instruction noSpace = instruction("format:no_whitespace");
        assertThat(strict(noSpace, "NoSpacesHere.")).isTrue();
        assertThat(strict(noSpace, "No\u00a0break")).as("NBSP is whitespace").isFalse();
        assertThat(strict(noSpace, "x\u001cy"))
                .as("U+001C is Python whitespace")
                .isFalse();
    }
}
