package org.tracelab.core.verify.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An English stop-word list: NLTK's {@code stopwords.words("english")} read from an NLTK data folder, or a
 * built-in approximation when that is absent. Words are compared after {@code lower()}. Immutable.
 *
 * @param words       the stop words, as listed
 * @param description what the list is, shown to users
 * @param exact       true for NLTK's own list (so verdicts agree with the reference checker)
 */
public record StopWords(Set<String> words, String description, boolean exact) {

    /** {@code str.splitlines()}: NLTK's line tokenizer splits the word list at every Python line boundary. */
    private static final Pattern LINE_BREAK =
            Pattern.compile("\r\n|[\n\r\u000B\u000C\u001C\u001D\u001E\u0085\u2028\u2029]");

    /**
     * English function words written for Tracelab, used only when NLTK's list cannot be found: pronouns,
     * determiners, prepositions, conjunctions, auxiliaries and a few frequent adverbs. Verdicts of the ratio
     * rule may differ from the reference checker's with it.
     */
    private static final String BUILT_IN = String.join(
            " ",
            "i me my myself mine we us our ours ourselves you your yours yourself yourselves",
            "he him his himself she her hers herself it its itself they them their theirs themselves",
            "this that these those who whom whose which what",
            "a an the some any no nor not only own same such each few more most other both all",
            "and but or if because as until while so than too very",
            "of at by for with about against between into through during before after above below",
            "to from up down in out on off over under again further then once here there when where why how",
            "am is are was were be been being have has had having do does did doing",
            "can will just should now");

    public StopWords {
        words = Set.copyOf(words);
    }

    /** Where NLTK keeps the English list below a data folder. */
    public static Path file(Path nltkDataDir) {
        return nltkDataDir.resolve("corpora").resolve("stopwords").resolve("english");
    }

    public static boolean isPresent(Path nltkDataDir) {
        return Files.isRegularFile(file(nltkDataDir));
    }

    /**
     * Reads {@code corpora/stopwords/english}: one word per line, blank lines ignored (as NLTK's
     * {@code WordListCorpusReader} does).
     *
     * @throws UncheckedIOException when the file cannot be read
     */
    public static StopWords load(Path nltkDataDir) {
        Path file = file(nltkDataDir);
        try {
            return new StopWords(
                    parse(Files.readString(file, StandardCharsets.UTF_8)),
                    "NLTK English stop words from " + nltkDataDir,
                    true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the stop-word list " + file, e);
        }
    }

    static Set<String> parse(String content) {
        Set<String> words = new HashSet<>();
        for (String line : LINE_BREAK.split(content)) {
            if (!PythonStrings.isBlank(line)) {
                words.add(line);
            }
        }
        return words;
    }

    public static StopWords builtIn() {
        return new StopWords(
                Set.of(BUILT_IN.split(" ")), "built-in English function words (NLTK stop words not found)", false);
    }

    /** True when {@code token.lower()} is a stop word. */
    public boolean contains(String token) {
        return words.contains(PythonStrings.lower(token));
    }
}
