package org.tracelab.core.verify.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The language tools IFBench's checks need, as its reference checker had them: NLTK 3.10.3's sentence and
 * word tokenizers, its English tagger and stop words, and syllapy's syllable counts ({@code NltkData} in the
 * {@code punkt} package assembles them). All thread-safe.
 *
 * @param sentences {@code sent_tokenize} with NLTK 3.10's rules
 * @param words     {@code word_tokenize} with NLTK 3.10's rules, over {@code sentences}
 */
public record IfbenchTextServices(
        SentenceSplitter sentences,
        NltkWordTokenizer words,
        PosTagger tagger,
        StopWords stopWords,
        SyllableCounter syllables) {

    public IfbenchTextServices {
        Objects.requireNonNull(sentences, "sentences");
        Objects.requireNonNull(words, "words");
        Objects.requireNonNull(tagger, "tagger");
        Objects.requireNonNull(stopWords, "stopWords");
        Objects.requireNonNull(syllables, "syllables");
        if (words.version() != NltkVersion.V3_10) {
            throw new IllegalArgumentException("IFBench needs NLTK 3.10's word tokenizer");
        }
    }

    /** True when every NLTK resource is NLTK's own, so verdicts can agree with the reference exactly. */
    public boolean exact() {
        return sentences.exact() && tagger.exact() && stopWords.exact();
    }

    /** {@code nltk} when exact, else {@code builtin-} and the approximated parts, e.g. {@code builtin-tagger}. */
    public String mode() {
        List<String> builtIn = new ArrayList<>();
        if (!sentences.exact()) {
            builtIn.add("punkt");
        }
        if (!stopWords.exact()) {
            builtIn.add("stopwords");
        }
        if (!tagger.exact()) {
            builtIn.add("tagger");
        }
        return builtIn.isEmpty() ? "nltk" : "builtin-" + String.join("-", builtIn);
    }

    /** Several lines for users: each tool and where it came from. */
    public List<String> describe() {
        return List.of(
                "sentences (IFBench): " + sentences.description(),
                "stop words (IFBench): " + stopWords.description(),
                "POS tagger (IFBench): " + tagger.description(),
                "syllables (IFBench): syllapy 0.7.2 word list (" + syllables.size() + " words, bundled) and heuristic");
    }
}
