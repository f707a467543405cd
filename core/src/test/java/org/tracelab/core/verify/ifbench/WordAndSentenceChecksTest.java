package org.tracelab.core.verify.ifbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracelab.core.verify.ifbench.IfbenchChecks.instruction;
import static org.tracelab.core.verify.ifbench.IfbenchChecks.nltkStrict;
import static org.tracelab.core.verify.ifbench.IfbenchChecks.nltkVerdict;
import static org.tracelab.core.verify.ifbench.IfbenchChecks.strict;

import org.junit.jupiter.api.Test;
import org.tracelab.core.verify.constraint.Instruction;

/** The sentence:* and words:* ids on the edge cases the semantics file lists. */
class WordAndSentenceChecksTest {

    @Test
    void sentenceKeywordSearchesTheNthSentenceForAWholeWordIgnoringCase() {
        Instruction second = instruction("sentence:keyword", "{\"word\": \"fleet\", \"N\": 2.0}");
        assertThat(nltkStrict(second, "First one. The FLEET sails.")).isTrue();
        assertThat(nltkStrict(second, "First one. The fleetness sails."))
                .as("whole word")
                .isFalse();
        assertThat(nltkStrict(second, "The fleet sails."))
                .as("too few sentences")
                .isFalse();
        assertThat(nltkStrict(instruction("sentence:keyword", "{\"word\": \"c++\", \"N\": 1.0}"), "I like c++ a lot."))
                .as("\\b after + needs a word character next")
                .isFalse();
    }

    @Test
    void sentenceIncrementNeedsExactlyNMoreWordsEachTime() {
        Instruction plusTwo = instruction("sentence:increment", "{\"small_n\": 2.0}");
        assertThat(nltkStrict(plusTwo, "Go now. Go now, go there. Go now, go there, go far."))
                .isTrue();
        assertThat(nltkStrict(plusTwo, "Go now. Go now, please.")).isFalse();
        assertThat(nltkStrict(plusTwo, "Just one sentence here.")).isTrue();
    }

    @Test
    void alliterationScoresRunsAndMustGrow() {
        assertThat(AlliterationIncrement.score("Big bad bears"))
                .as("2 for the first pair, 1 more in the run")
                .isEqualTo(3);
        assertThat(AlliterationIncrement.score("big bad cat dog dig")).isEqualTo(4);
        assertThat(AlliterationIncrement.score("\"big\" (bad) cat"))
                .as("punctuation stripped on the left")
                .isEqualTo(2);
        Instruction growing = instruction("sentence:alliteration_increment");
        assertThat(nltkStrict(growing, "A cat sat. Big bad cat. Silly snakes slide slowly."))
                .isTrue();
        assertThat(nltkStrict(growing, "Big bad cat. A cat sat.")).isFalse();
    }

    @Test
    void alphabetWrapsFromZToA() {
        Instruction alphabet = instruction("words:alphabet");
        assertThat(strict(alphabet, "Yes, zebras are bold.")).isTrue();
        assertThat(strict(alphabet, "Apples bake. Cats")).isTrue();
        assertThat(strict(alphabet, "Apples cake")).isFalse();
        assertThat(strict(alphabet, "1 b")).as("must start with a letter").isFalse();
    }

    @Test
    void vowelAllowsOneLineWithAtMostThreeVowels() {
        Instruction vowel = instruction("words:vowel");
        assertThat(strict(vowel, "  A bad cat sat on a mat by the sea.  \n"))
                .as("a, e, o; y is no vowel")
                .isTrue();
        assertThat(strict(vowel, "A bad cat\nsat")).as("an inner newline").isFalse();
        assertThat(strict(vowel, "A big cat sat on us")).isFalse();
    }

    @Test
    void consonantsNeedAPairInEveryTokenWithPunctuationKept() {
        Instruction consonants = instruction("words:consonants");
        assertThat(strict(consonants, "Strong craft, myths.")).isTrue();
        assertThat(strict(consonants, "Strong a craft")).isFalse();
        assertThat(strict(consonants, "shy")).as("y counts as a consonant").isTrue();
    }

    @Test
    void palindromesNeedTenOfFiveLettersOrMore() {
        Instruction palindromes = instruction("words:palindrome");
        assertThat(strict(palindromes, "Level, racecar! ".repeat(5))).isTrue();
        assertThat(strict(palindromes, "level ".repeat(9) + "noon noon")).isFalse();
    }

    @Test
    void primeLengthsRejectOneLetterWords() {
        Instruction primes = instruction("words:prime_lengths");
        assertThat(strict(primes, "We are there, Jim.")).isTrue();
        assertThat(strict(primes, "I am")).isFalse();
        assertThat(strict(primes, "word")).isFalse();
    }

    @Test
    void startVerbUsesTheTaggerOnTheFirstToken() {
        Instruction verb = instruction("words:start_verb");
        assertThat(nltkStrict(verb, "Consider the report today.")).isTrue();
        assertThat(nltkStrict(verb, "Write the report today."))
                .as("NLTK tags this Write as IN")
                .isFalse();
        assertThat(nltkStrict(verb, "The report is written.")).isFalse();
        assertThat(nltkVerdict(verb, "The report is written.").evidence()).hasSize(1);
    }

    @Test
    void repeatsCountLowerCasedWordsWithoutPunctuation() {
        Instruction twice = instruction("words:repeats", "{\"small_n\": 2.0}");
        assertThat(strict(twice, "Go, go. Stop!")).isTrue();
        assertThat(strict(twice, "Go, go. GO!")).isFalse();
    }

    @Test
    void oddEvenSyllablesAlternate() {
        Instruction alternating = instruction("words:odd_even_syllables");
        assertThat(strict(alternating, "cat apple dog")).as("1, 2, 1").isTrue();
        assertThat(strict(alternating, "cat dog")).as("1, 1").isFalse();
        assertThat(strict(alternating, "cat")).isTrue();
    }

    @Test
    void lastFirstChainsSentences() {
        Instruction chained = instruction("words:last_first");
        assertThat(nltkStrict(chained, "I like tea. Tea is hot! Hot days come."))
                .isTrue();
        assertThat(nltkStrict(chained, "I like tea. Coffee is hot.")).isFalse();
    }

    @Test
    void paragraphLastFirstKeepsInnerPunctuation() {
        Instruction paragraphs = instruction("words:paragraph_last_first");
        assertThat(strict(paragraphs, "Hello world, hello.\n\nOnce\nbye now bye"))
                .isTrue();
        assertThat(strict(paragraphs, "hello, world hello")).isFalse();
    }

    @Test
    void noConsecutiveComparesFirstCharactersOfAnyKind() {
        Instruction noConsecutive = instruction("words:no_consecutive");
        assertThat(strict(noConsecutive, "A big cat")).isTrue();
        assertThat(strict(noConsecutive, "A big Bad cat")).isFalse();
        assertThat(strict(noConsecutive, "12 13")).isFalse();
    }

    @Test
    void keywordAtPositionCountsWordsWithALetterOrDigit() {
        Instruction position =
                instruction("words:keywords_specific_position", "{\"keyword\": \" giggle \", \"n\": 2, \"m\": 3}");
        assertThat(nltkStrict(position, "Hi there. Oh , \"a\" GIGGLE rose.")).isTrue();
        assertThat(nltkStrict(position, "Hi there. Oh a big giggle.")).isFalse();
        assertThat(nltkStrict(position, "Hi there.")).isFalse();
    }

    @Test
    void wordsPositionSkipsAFinalPunctuationToken() {
        Instruction position = instruction("words:words_position", "{\"keyword\": \"vibrant\"}");
        assertThat(nltkStrict(position, "A vibrant day, so vibrant now."))
                .as("t[1] and t[-3]")
                .isTrue();
        assertThat(nltkStrict(position, "A vibrant day, truly vibrant.")).isFalse();
        assertThat(nltkStrict(position, "A Vibrant day, so vibrant now"))
                .as("t[1] and t[-2]")
                .isTrue();
        assertThat(nltkStrict(position, "A vibrant day is so vibrant")).isFalse();
    }
}
