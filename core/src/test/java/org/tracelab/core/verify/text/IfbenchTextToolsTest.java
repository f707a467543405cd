package org.tracelab.core.verify.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The small ports IFBench's checks rely on, against the behaviour the semantics file specifies. */
class IfbenchTextToolsTest {

    private final SyllableCounter syllables = SyllableCounter.bundled();

    @Test
    void emojiSetIsTheEmoji216SingleCodePointTable() throws Exception {
        List<String> hex = new ArrayList<>();
        for (int cp = 0; cp < 0x110000; cp++) {
            if (EmojiCodePoints.isEmoji(cp)) {
                hex.add(Integer.toHexString(cp).toUpperCase(Locale.ROOT));
            }
        }
        assertThat(hex).hasSize(1409);
        byte[] digest = MessageDigest.getInstance("SHA-256")
                .digest(String.join(",", hex).getBytes(StandardCharsets.US_ASCII));
        assertThat(HexFormat.of().formatHex(digest)).startsWith("98af1bc2");
    }

    @Test
    void emojiSetHasComponentsButNotJoinersSelectorsKeycapBasesOrFlags() {
        assertThat(EmojiCodePoints.isEmoji(0x1F600)).isTrue();
        assertThat(EmojiCodePoints.isEmoji(0x1F3FB)).as("skin tone").isTrue();
        assertThat(EmojiCodePoints.isEmoji(0x1F9B0)).as("red hair").isTrue();
        assertThat(EmojiCodePoints.isEmoji(0x00A9)).as("copyright sign").isTrue();
        assertThat(EmojiCodePoints.isEmoji(0x2764)).as("heart without FE0F").isTrue();
        assertThat(EmojiCodePoints.isEmoji(0xFE0F)).isFalse();
        assertThat(EmojiCodePoints.isEmoji(0x200D)).isFalse();
        assertThat(EmojiCodePoints.isEmoji('7')).isFalse();
        assertThat(EmojiCodePoints.isEmoji('#')).isFalse();
        assertThat(EmojiCodePoints.isEmoji(0x1F1FA)).as("regional indicator").isFalse();
        assertThat(EmojiCodePoints.isEmoji(0x1FAFA)).as("Emoji 17.0").isTrue();
    }

    @Test
    void syllableListIsSyllapysWordList() {
        assertThat(syllables.size()).isEqualTo(6392);
        assertThat(syllables.count("e-mail")).isEqualTo(2);
        assertThat(syllables.count("middle-class"))
                .as("listed, not split at the hyphen")
                .isEqualTo(2);
    }

    @Test
    void syllablesOfUnlistedWordsFollowSyllapysHeuristic() {
        // Vowel groups (aeiouy), minus a final e, plus a syllabic final "le", at least 1.
        assertThat(syllables.count("zzkrat")).isEqualTo(1);
        assertThat(syllables.count("blorfatine")).isEqualTo(3);
        assertThat(syllables.count("grumbotle")).isEqualTo(3);
        assertThat(syllables.count("zzz")).isEqualTo(1);
        assertThat(syllables.count("yaxe")).isEqualTo(1);
        assertThat(syllables.count("qoale")).as("vowel before le").isEqualTo(1);
    }

    @Test
    void syllablesAreZeroForEmptyOrNumericWords() {
        assertThat(syllables.count("")).isZero();
        assertThat(syllables.count(" ... ")).isZero();
        assertThat(syllables.count("abc1")).isZero();
        assertThat(syllables.count("x\u0663")).as("any-script digit").isZero();
    }

    @Test
    void syllablesStripCaseAndAsciiPunctuationButNotCurlyQuotes() {
        assertThat(syllables.count("\"Blorfatine!\"")).isEqualTo(3);
        // A curly quote stays, so the final e is no longer final: the heuristic counts one more.
        assertThat(syllables.count("\u201cblorfatine\u201d")).isEqualTo(4);
    }

    @Test
    void syllablesOfHyphenatedUnlistedWordsAddUp() {
        assertThat(syllables.count("blorfatine-zzkrat")).isEqualTo(4);
        assertThat(syllables.count("zzkrat-7")).as("a part with no syllables").isZero();
    }

    @Test
    void unicodeWordsAreJavasUnicodeWordClass() {
        Pattern java = Pattern.compile("\\w", Pattern.UNICODE_CHARACTER_CLASS);
        for (int cp = 0; cp < 0x110000; cp++) {
            String s = new String(Character.toChars(cp));
            assertThat(UnicodeWords.isWordChar(cp))
                    .as("U+%04X", cp)
                    .isEqualTo(java.matcher(s).matches());
        }
    }

    @Test
    void unicodeWordCountsMatchTheSemanticsExamples() {
        assertThat(UnicodeWords.runs("don't")).hasSize(2);
        assertThat(UnicodeWords.runs("3.5")).hasSize(2);
        assertThat(UnicodeWords.runs("e-mail")).hasSize(2);
        assertThat(UnicodeWords.runs("日本語テキスト")).hasSize(1);
        assertThat(UnicodeWords.runs("x\u00bdy")).hasSize(2);
        assertThat(UnicodeWords.runs("e\u0301t")).hasSize(1);
        assertThat(PythonRegex.wordRuns("e\u0301t"))
                .as("Python re splits at the accent")
                .hasSize(2);
    }

    @Test
    void nfkdAsciiDropsAccentsAndSpellsOutCompatibilityCharacters() {
        assertThat(PythonStrings.nfkdAscii("S\u00e3o Tom\u00e9")).isEqualTo("Sao Tome");
        assertThat(PythonStrings.nfkdAscii("Stra\u00dfe")).isEqualTo("Strae");
        assertThat(PythonStrings.nfkdAscii("\ufb01ne")).isEqualTo("fine");
        assertThat(PythonStrings.nfkdAscii("Chi\u0219in\u0103u")).isEqualTo("Chisinau");
    }

    @Test
    void pythonStringHelpersFollowPython() {
        assertThat(PythonStrings.split("a,,b,", ",")).containsExactly("a", "", "b", "");
        assertThat(PythonStrings.split(" a\u00a0b\tc\n")).containsExactly("a", "b", "c");
        assertThat(PythonStrings.strip("--a b--", "-")).isEqualTo("a b");
        assertThat(PythonStrings.count("aaaa", "aa")).isEqualTo(2);
        assertThat(PythonStrings.count("ab\ud83d\ude00", "")).isEqualTo(4);
        assertThat(PythonStrings.slice("h\ud83d\ude00llo", 1, 3)).isEqualTo("\ud83d\ude00l");
        assertThat(PythonStrings.slice("hello", 3, 100)).isEqualTo("lo");
        assertThat(PythonStrings.slice("hello", -1, 100)).isEqualTo("o");
        assertThat(PythonStrings.removeAsciiPunctuation("\u201chi\u201d, there\u2026!"))
                .isEqualTo("\u201chi\u201d there\u2026");
        assertThat(PythonStrings.reverse("a\ud83d\ude00b")).isEqualTo("b\ud83d\ude00a");
        assertThat(PythonStrings.isDigits("\u00b2")).isTrue();
        assertThat(PythonStrings.isDigits("")).isFalse();
        assertThat(PythonStrings.replaceFirst("?!a?!", "?!", "")).isEqualTo("a?!");
    }

    @Test
    void stopWordsAreReadLineByLineIgnoringBlankLines() {
        assertThat(StopWords.parse("the\nand\r\n\n  \nit's\n")).containsExactlyInAnyOrder("the", "and", "it's");
        StopWords words = new StopWords(StopWords.parse("the\n"), "test", true);
        assertThat(words.contains("The")).isTrue();
        assertThat(words.contains("then")).isFalse();
    }

    @Test
    void builtInFallbacksSayWhatTheyAre() {
        assertThat(StopWords.builtIn().exact()).isFalse();
        assertThat(StopWords.builtIn().words()).contains("the", "and", "of");
        PosTagger tagger = new BuiltInPosTagger();
        assertThat(tagger.exact()).isFalse();
        assertThat(tagger.firstTag(List.of("Write", "a", "poem"))).isEqualTo("VB");
        assertThat(tagger.firstTag(List.of("The", "poem"))).doesNotContain("VB");
    }
}
