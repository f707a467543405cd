package org.tracelab.core.verify.ifbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracelab.core.verify.ifbench.IfbenchChecks.instruction;
import static org.tracelab.core.verify.ifbench.IfbenchChecks.nltkStrict;
import static org.tracelab.core.verify.ifbench.IfbenchChecks.strict;
import static org.tracelab.core.verify.ifbench.IfbenchChecks.verdict;

import org.junit.jupiter.api.Test;
import org.tracelab.core.verify.constraint.Instruction;

/** The count:* and ratio:* ids on the edge cases the semantics file lists. */
class CountAndRatioChecksTest {

    @Test
    void wordCountRangeCountsRegexEngineWordsInclusively() {
        Instruction range = instruction("count:word_count_range", "{\"min_words\": 3.0, \"max_words\": 4.0}");
        assertThat(strict(range, "don't go")).as("don't is two words").isTrue();
        assertThat(strict(range, "3.5 is pi")).isTrue();
        assertThat(strict(range, "one two")).isFalse();
        assertThat(strict(range, "a b c d e")).isFalse();
        assertThat(strict(range, "e\u0301t\u00e9 x y"))
                .as("a combining accent is a word character")
                .isTrue();
        assertThat(verdict(range, "a b c d e f").evidence())
                .as("points at the words over the limit")
                .hasSize(1);
    }

    @Test
    void uniqueWordCountCountsAPunctuationOnlyTokenOnceAsTheEmptyWord() {
        Instruction unique = instruction("count:unique_word_count", "{\"N\": 3.0}");
        assertThat(strict(unique, "Apple apple, APPLE! pear")).isFalse();
        assertThat(strict(unique, "- apple\n- pear"))
                .as("apple, pear and the empty word")
                .isTrue();
        assertThat(strict(unique, "apple pear plum")).isTrue();
    }

    @Test
    void conjunctionsCountDistinctRawTokens() {
        Instruction conjunctions = instruction("count:conjunctions", "{\"small_n\": 3.0}");
        assertThat(strict(conjunctions, "and And and, x")).isTrue();
        assertThat(strict(conjunctions, "and and and but")).isFalse();
        assertThat(strict(conjunctions, "or, nor; yet")).isTrue();
    }

    @Test
    void personNamesAreWholeCaseSensitiveWords() {
        Instruction names = instruction("count:person_names", "{\"N\": 2.0}");
        assertThat(strict(names, "Emma's friend Noah")).isTrue();
        assertThat(strict(names, "Leonardo and Emma")).as("Leonardo is not Leo").isFalse();
        assertThat(strict(names, "emma and noah")).isFalse();
    }

    @Test
    void numbersAreDigitRunsAfterPunctuationIsDeleted() {
        Instruction three = instruction("count:numbers", "{\"N\": 3.0}");
        assertThat(strict(three, "pi is 3.14, a grand is 1,000 and 2-3 days")).isTrue();
        assertThat(strict(three, "1 2 3 4")).isFalse();
        assertThat(strict(instruction("count:numbers", "{\"N\": 1.0}"), "\u0661\u0662"))
                .as("Arabic-Indic digits")
                .isTrue();
    }

    @Test
    void punctuationNeedsAnInterrobangAndEveryMarkBesidesIt() {
        Instruction marks = instruction("count:punctuation");
        assertThat(strict(marks, "Really?! Yes. A, b; c: d"))
                .as("the ?! is removed, then ! and ? are missing")
                .isFalse();
        assertThat(strict(marks, "Really?! Yes! Why? A, b; c: d.")).isTrue();
        assertThat(strict(marks, "Wow\u203d Yes! Why? A, b; c: d.")).isTrue();
        assertThat(strict(marks, "Yes! Why? A, b; c: d.")).as("no interrobang").isFalse();
    }

    @Test
    void pronounsAreLowerCasedNltkTokens() {
        Instruction pronouns = instruction("count:pronouns", "{\"N\": 3.0}");
        assertThat(nltkStrict(pronouns, "It's mine/yours."))
                .as("it, mine, yours")
                .isTrue();
        assertThat(nltkStrict(pronouns, "It's mine.")).isFalse();
    }

    @Test
    void japaneseEveryNthWordIsVacuousForShortTextsAndSkipsDigits() {
        Instruction everyThird = instruction("count:words_japanese", "{\"N\": 3.0}");
        assertThat(strict(everyThird, "one two")).isTrue();
        assertThat(strict(everyThird, "one two 東京 four five \u3072\u3089.")).isTrue();
        assertThat(strict(everyThird, "one two 123 four five six")).isFalse();
        assertThat(strict(everyThird, "one two three")).isFalse();
    }

    @Test
    void keywordsMultipleCountsSubstringsOfTheLowerCasedText() {
        Instruction keywords = instruction(
                "count:keywords_multiple",
                "{\"keyword1\": \"cat \", \"keyword2\": \"dog\","
                        + " \"keyword3\": \"owl\", \"keyword4\": \"ant\", \"keyword5\": \"bee\"}");
        String text = "Catalog dog DOG owl owl owl " + "ant ".repeat(5) + "bee ".repeat(7);
        assertThat(strict(keywords, text))
                .as("cat inside Catalog counts; the keyword is stripped")
                .isTrue();
        assertThat(strict(keywords, text + " cat")).isFalse();
    }

    @Test
    void stopWordRatioKeepsThePythonOrderOfOperations() {
        // 7 stop words of 25: 7 / 25 * 100 is 28.000000000000004, which is not at most 28.
        String text = "the a an of to in is " + "zebra ".repeat(18);
        assertThat(nltkStrict(instruction("ratio:stop_words", "{\"percentage\": 28.0}"), text))
                .isFalse();
        assertThat(nltkStrict(instruction("ratio:stop_words", "{\"percentage\": 28.1}"), text))
                .isTrue();
        assertThat(nltkStrict(instruction("ratio:stop_words", "{\"percentage\": 100.0}"), "... !!!"))
                .as("no words")
                .isFalse();
    }

    @Test
    void sentenceTypeIsVacuousWithoutStatementsOrQuestions() {
        Instruction type = instruction("ratio:sentence_type");
        assertThat(nltkStrict(type, "One. Two. Why?")).isTrue();
        assertThat(nltkStrict(type, "One. Why?")).isFalse();
        assertThat(nltkStrict(type, "He said \"stop.\" Wow!"))
                .as("ends with a quote, then !")
                .isTrue();
    }

    @Test
    void sentenceBalanceNeedsEqualCounts() {
        Instruction balance = instruction("ratio:sentence_balance");
        assertThat(nltkStrict(balance, "Yes. No? Wow!")).isTrue();
        assertThat(nltkStrict(balance, "Yes. No. Wow!")).isFalse();
        assertThat(nltkStrict(balance, "no ending at all")).isTrue();
    }

    @Test
    void sentenceWordsComparesStrippedLengthsOfExactlyThreeSentences() {
        Instruction words = instruction("ratio:sentence_words");
        assertThat(nltkStrict(words, "Cats nap. Dogs run. Owls fly.")).isTrue();
        assertThat(nltkStrict(words, "Cats nap. Dogs run. Owls flew.")).isFalse();
        assertThat(nltkStrict(words, "Cats nap. Dogs run.")).isFalse();
    }

    @Test
    void overlapIsWithinTwoPointsOfThePercentage() {
        Instruction half = instruction("ratio:overlap", "{\"reference_text\": \"abcd\", \"percentage\": 50.0}");
        assertThat(strict(half, "abcxyz")).as("abc of 4 trigrams is 25 %").isFalse();
        assertThat(strict(half, "abcdxy")).as("abc, bcd of 4 is 50 %").isTrue();
        assertThat(strict(half, "ab")).as("no trigrams").isFalse();
        assertThat(strict(
                        instruction("ratio:overlap", "{\"reference_text\": \"a\ud83d\ude00b\", \"percentage\": 100.0}"),
                        "a\ud83d\ude00b"))
                .as("trigrams of code points")
                .isTrue();
    }
}
