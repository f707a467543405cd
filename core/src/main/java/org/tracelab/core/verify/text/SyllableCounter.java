package org.tracelab.core.verify.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * syllapy 0.7.2's {@code count(word)}: a hand-maintained list of 6,392 words with their syllable counts,
 * and a vowel-group heuristic for every other word. Agreement with syllapy is only possible with the same
 * list, so it is bundled (MIT licence, {@code syllapy/LICENSE} beside it; see ADR 0015). Immutable and
 * thread-safe.
 */
public final class SyllableCounter {

    static final String WORD_LIST = "syllapy/data.csv";
    private static final String VOWELS = "aeiouy";

    private final Map<String, Integer> known;

    SyllableCounter(Map<String, Integer> known) {
        this.known = Map.copyOf(known);
    }

    /** The counter with syllapy's bundled word list. */
    public static SyllableCounter bundled() {
        try (InputStream in = SyllableCounter.class.getResourceAsStream(WORD_LIST)) {
            if (in == null) {
                throw new IllegalStateException(
                        "bundled syllable list " + WORD_LIST + " is missing from the class path");
            }
            return new SyllableCounter(read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled syllable list", e);
        }
    }

    /** {@code word,count} lines. */
    static Map<String, Integer> read(BufferedReader reader) throws IOException {
        Map<String, Integer> counts = new HashMap<>();
        int lineNumber = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            int comma = line.lastIndexOf(',');
            if (comma <= 0) {
                throw new IllegalStateException(WORD_LIST + ":" + lineNumber + ": expected word,count");
            }
            counts.put(line.substring(0, comma), Integer.parseInt(line.substring(comma + 1)));
        }
        return counts;
    }

    public int size() {
        return known.size();
    }

    /** syllapy's {@code count(word)}: 0 for an empty word or one with a digit. */
    public int count(String word) {
        String clean =
                PythonStrings.strip(PythonStrings.lower(PythonStrings.strip(word)), PythonStrings.ASCII_PUNCTUATION);
        if (clean.isEmpty()
                || clean.codePoints().anyMatch(cp -> Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER)) {
            return 0;
        }
        Integer listed = known.get(clean);
        if (listed != null) {
            return listed;
        }
        int hyphen = clean.indexOf('-');
        if (hyphen > 0 && hyphen < clean.length() - 1) {
            int first = count(clean.substring(0, hyphen));
            int second = count(clean.substring(hyphen + 1));
            return first == 0 || second == 0 ? 0 : first + second;
        }
        return heuristic(clean);
    }

    /** One syllable per group of vowels, a silent final e, a syllabic final "le". */
    private static int heuristic(String word) {
        int[] cps = word.codePoints().toArray();
        int n = isVowel(cps[0]) ? 1 : 0;
        for (int i = 1; i < cps.length; i++) {
            if (isVowel(cps[i]) && !isVowel(cps[i - 1])) {
                n++;
            }
        }
        if (word.endsWith("e")) {
            n--;
        }
        if (word.endsWith("le") && cps.length > 2 && !isVowel(cps[cps.length - 3])) {
            n++;
        }
        return n == 0 ? 1 : n;
    }

    private static boolean isVowel(int cp) {
        return cp < 128 && VOWELS.indexOf(cp) >= 0;
    }
}
