package org.tracelab.core.verify.lang;

import com.cybozu.labs.langdetect.DetectorFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The langdetect profiles as the detector needs them: every n-gram interned to an id, and one flat row of
 * per-language probabilities per id ({@code probabilities[id * languageCount() + language]}). The values are
 * computed exactly as {@code DetectorFactory.addProfile} does ({@code freq / n_words[length - 1]}, in
 * {@code double}), so they are bit-identical to the jar's {@code wordLangProbMap}. Immutable.
 */
final class LanguageProfiles {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<String> languages;
    private final NGramIndex index;
    private final double[] probabilities;

    private LanguageProfiles(List<String> languages, NGramIndex index, double[] probabilities) {
        this.languages = languages;
        this.index = index;
        this.probabilities = probabilities;
    }

    /** Reads {@code profiles/<code>} from the langdetect jar, in this order (the order fixes tie-breaking). */
    static LanguageProfiles fromJar(List<String> codes) {
        List<JsonNode> profiles = new ArrayList<>(codes.size());
        List<String> languages = new ArrayList<>(codes.size());
        for (String code : codes) {
            JsonNode profile = readProfile(code);
            languages.add(profile.get("name").asText());
            profiles.add(profile);
        }
        return of(languages, profiles);
    }

    private static LanguageProfiles of(List<String> languages, List<JsonNode> profiles) {
        NGramIndex.Builder ids = new NGramIndex.Builder();
        for (JsonNode profile : profiles) {
            for (Iterator<String> ngrams = profile.get("freq").fieldNames(); ngrams.hasNext(); ) {
                String ngram = ngrams.next();
                // The jar keeps longer keys too, but extracts only 1- to 3-grams, so they can never match.
                if (ngram.length() >= 1 && ngram.length() <= 3) {
                    ids.intern(NGramIndex.key(ngram));
                }
            }
        }
        NGramIndex index = ids.build();
        int languageCount = languages.size();
        double[] probabilities = new double[index.size() * languageCount];
        for (int language = 0; language < languageCount; language++) {
            JsonNode profile = profiles.get(language);
            JsonNode nWords = profile.get("n_words");
            for (Iterator<Map.Entry<String, JsonNode>> entries =
                            profile.get("freq").fields();
                    entries.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = entries.next();
                String ngram = entry.getKey();
                if (ngram.length() >= 1 && ngram.length() <= 3) {
                    int id = index.idOf(NGramIndex.key(ngram));
                    double count = exactInt(entry.getValue(), ngram);
                    double total = exactInt(nWords.get(ngram.length() - 1), "n_words");
                    probabilities[id * languageCount + language] = count / total;
                }
            }
        }
        return new LanguageProfiles(List.copyOf(languages), index, probabilities);
    }

    private static int exactInt(JsonNode value, String what) {
        if (value == null || !value.canConvertToInt() || !value.isIntegralNumber()) {
            throw new IllegalStateException("langdetect profile: not an int for " + what + ": " + value);
        }
        return value.intValue();
    }

    private static JsonNode readProfile(String code) {
        String resource = "/profiles/" + code;
        try (InputStream in = DetectorFactory.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("langdetect profile missing from the jar: " + resource);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read langdetect profile " + resource, e);
        }
    }

    List<String> languages() {
        return languages;
    }

    int languageCount() {
        return languages.size();
    }

    NGramIndex index() {
        return index;
    }

    /** The shared probability rows; callers only read them. */
    double[] probabilities() {
        return probabilities;
    }
}
