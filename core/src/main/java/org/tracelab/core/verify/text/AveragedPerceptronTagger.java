package org.tracelab.core.verify.text;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * NLTK's {@code PerceptronTagger} with the English averaged-perceptron model, read from an NLTK data folder
 * in the JSON layout NLTK 3.9+ loads ({@code taggers/averaged_perceptron_tagger_eng/}): a word the tag
 * dictionary knows gets its listed tag; any other word gets the class with the highest summed feature weight.
 * Scores are summed in NLTK's order (features in the order they are built, then each feature's weights in
 * file order), since another order can change the last bit and so a near tie; ties go to the tag that sorts
 * last. Immutable and thread-safe.
 */
public final class AveragedPerceptronTagger implements PosTagger {

    static final String PREFIX = "averaged_perceptron_tagger_eng";
    private static final String START = "-START-";
    private static final String START2 = "-START2-";
    private static final String END = "-END-";
    private static final String END2 = "-END2-";

    /** One feature's weights, by class index, in the file's order. */
    private record FeatureWeights(int[] classes, double[] weights) {}

    private final Map<String, FeatureWeights> weights;
    private final Map<String, String> tagDictionary;
    private final String[] classes;
    private final String description;

    private AveragedPerceptronTagger(
            Map<String, FeatureWeights> weights,
            Map<String, String> tagDictionary,
            String[] classes,
            String description) {
        this.weights = weights;
        this.tagDictionary = tagDictionary;
        this.classes = classes;
        this.description = description;
    }

    /** The model's folder below an NLTK data folder. */
    public static Path directory(Path nltkDataDir) {
        return nltkDataDir.resolve("taggers").resolve(PREFIX);
    }

    /** True when the three JSON files exist below {@code nltkDataDir}. */
    public static boolean isPresent(Path nltkDataDir) {
        Path dir = directory(nltkDataDir);
        return Files.isRegularFile(dir.resolve(PREFIX + ".weights.json"))
                && Files.isRegularFile(dir.resolve(PREFIX + ".tagdict.json"))
                && Files.isRegularFile(dir.resolve(PREFIX + ".classes.json"));
    }

    /**
     * Loads the model (about 5.6 MB of JSON).
     *
     * @throws IllegalArgumentException when a file is not in the expected layout (the message names it)
     * @throws UncheckedIOException when a file cannot be read
     */
    public static AveragedPerceptronTagger load(Path nltkDataDir) {
        Path dir = directory(nltkDataDir);
        JsonFactory json = new JsonFactory();
        String[] classes = readClasses(json, dir.resolve(PREFIX + ".classes.json"));
        Map<String, Integer> classIndex = new HashMap<>();
        for (int i = 0; i < classes.length; i++) {
            classIndex.put(classes[i], i);
        }
        Map<String, String> tagDictionary = readTagDictionary(json, dir.resolve(PREFIX + ".tagdict.json"));
        Map<String, FeatureWeights> weights = readWeights(json, dir.resolve(PREFIX + ".weights.json"), classIndex);
        return new AveragedPerceptronTagger(
                weights, tagDictionary, classes, "NLTK averaged perceptron tagger from " + nltkDataDir);
    }

    @Override
    public List<String> tag(List<String> tokens, int count) {
        int n = Math.min(count, tokens.size());
        List<String> tags = new ArrayList<>(n);
        String prev = START;
        String prev2 = START2;
        String[] context = context(tokens, n);
        for (int i = 0; i < n; i++) {
            String word = tokens.get(i);
            String tag = tagDictionary.get(word);
            if (tag == null) {
                tag = predict(word, i + 2, context, prev, prev2);
            }
            tags.add(tag);
            prev2 = prev;
            prev = tag;
        }
        return tags;
    }

    /** {@code START + [normalize(w) for w in tokens] + END}, only as far as the first {@code n} tags look. */
    private static String[] context(List<String> tokens, int n) {
        int known = Math.min(tokens.size(), n + 2);
        String[] context = new String[known + 4];
        context[0] = START;
        context[1] = START2;
        for (int i = 0; i < known; i++) {
            context[i + 2] = normalize(tokens.get(i));
        }
        if (known == tokens.size()) {
            context[known + 2] = END;
            context[known + 3] = END2;
        }
        return context;
    }

    /** NLTK's {@code normalize}: hyphenated words, years and numbers become classes; other words lower case. */
    static String normalize(String word) {
        if (word.indexOf('-') > 0) {
            return "!HYPHEN";
        }
        if (PythonStrings.isDigits(word) && PythonStrings.length(word) == 4) {
            return "!YEAR";
        }
        if (!word.isEmpty() && PythonStrings.isDigit(word.codePointAt(0))) {
            return "!DIGITS";
        }
        return PythonStrings.lower(word);
    }

    /** The perceptron's best class for the word at context position {@code i}. */
    private String predict(String word, int i, String[] context, String prev, String prev2) {
        double[] scores = new double[classes.length];
        add(scores, "bias");
        add(scores, "i suffix " + lastThree(word));
        add(scores, "i pref1 " + (word.isEmpty() ? "" : new String(Character.toChars(word.codePointAt(0)))));
        add(scores, "i-1 tag " + prev);
        add(scores, "i-2 tag " + prev2);
        add(scores, "i tag+i-2 tag " + prev + " " + prev2);
        add(scores, "i word " + context[i]);
        add(scores, "i-1 tag+i word " + prev + " " + context[i]);
        add(scores, "i-1 word " + context[i - 1]);
        add(scores, "i-1 suffix " + lastThree(context[i - 1]));
        add(scores, "i-2 word " + context[i - 2]);
        add(scores, "i+1 word " + context[i + 1]);
        add(scores, "i+1 suffix " + lastThree(context[i + 1]));
        add(scores, "i+2 word " + context[i + 2]);
        int best = 0;
        for (int c = 1; c < classes.length; c++) {
            if (scores[c] > scores[best] || (scores[c] == scores[best] && classes[c].compareTo(classes[best]) > 0)) {
                best = c;
            }
        }
        return classes[best];
    }

    private void add(double[] scores, String feature) {
        FeatureWeights w = weights.get(feature);
        if (w != null) {
            for (int k = 0; k < w.classes.length; k++) {
                scores[w.classes[k]] += w.weights[k];
            }
        }
    }

    /** Python's {@code s[-3:]}. */
    private static String lastThree(String s) {
        int n = PythonStrings.length(s);
        return n <= 3 ? s : s.substring(s.offsetByCodePoints(0, n - 3));
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public boolean exact() {
        return true;
    }

    public int featureCount() {
        return weights.size();
    }

    public int tagDictionarySize() {
        return tagDictionary.size();
    }

    private static String[] readClasses(JsonFactory json, Path file) {
        List<String> classes = new ArrayList<>();
        try (JsonParser parser = json.createParser(file.toFile())) {
            expect(parser, parser.nextToken() == JsonToken.START_ARRAY, file, "an array of tags");
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                expect(parser, token == JsonToken.VALUE_STRING, file, "a tag string");
                classes.add(parser.getText());
            }
        } catch (IOException e) {
            throw unreadable(file, e);
        }
        expect(null, !classes.isEmpty(), file, "at least one tag");
        return classes.toArray(String[]::new);
    }

    private static Map<String, String> readTagDictionary(JsonFactory json, Path file) {
        Map<String, String> tags = new HashMap<>();
        try (JsonParser parser = json.createParser(file.toFile())) {
            expect(parser, parser.nextToken() == JsonToken.START_OBJECT, file, "an object of word: tag");
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
                String word = parser.currentName();
                expect(parser, parser.nextToken() == JsonToken.VALUE_STRING, file, "a tag string for \"" + word + "\"");
                tags.put(word, parser.getText());
            }
        } catch (IOException e) {
            throw unreadable(file, e);
        }
        return tags;
    }

    private static Map<String, FeatureWeights> readWeights(
            JsonFactory json, Path file, Map<String, Integer> classIndex) {
        Map<String, FeatureWeights> weights = new HashMap<>(150_000);
        try (JsonParser parser = json.createParser(file.toFile())) {
            expect(parser, parser.nextToken() == JsonToken.START_OBJECT, file, "an object of feature: weights");
            Map<Integer, Double> row = new LinkedHashMap<>();
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
                String feature = parser.currentName();
                expect(parser, parser.nextToken() == JsonToken.START_OBJECT, file, "an object of tag: weight");
                row.clear();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
                    String tag = parser.currentName();
                    Integer index = classIndex.get(tag);
                    expect(parser, index != null, file, "a known tag, not \"" + tag + "\"");
                    JsonToken value = parser.nextToken();
                    expect(
                            parser,
                            value == JsonToken.VALUE_NUMBER_FLOAT || value == JsonToken.VALUE_NUMBER_INT,
                            file,
                            "a number as the weight of " + tag);
                    row.merge(index, parser.getDoubleValue(), (a, b) -> b);
                }
                int[] tags = new int[row.size()];
                double[] values = new double[row.size()];
                int k = 0;
                for (Map.Entry<Integer, Double> entry : row.entrySet()) {
                    tags[k] = entry.getKey();
                    values[k] = entry.getValue();
                    k++;
                }
                weights.put(feature, new FeatureWeights(tags, values));
            }
        } catch (IOException e) {
            throw unreadable(file, e);
        }
        return weights;
    }

    private static void expect(JsonParser parser, boolean condition, Path file, String what) {
        if (!condition) {
            String where = parser == null ? "" : ":" + parser.currentLocation().getLineNr();
            throw new IllegalArgumentException(file + where + ": expected " + what);
        }
    }

    private static RuntimeException unreadable(Path file, IOException e) {
        if (e instanceof JsonProcessingException invalid) {
            return new IllegalArgumentException(file + ": not valid JSON: " + invalid.getOriginalMessage(), e);
        }
        return new UncheckedIOException("cannot read " + file, e);
    }
}
