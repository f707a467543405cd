package org.tracelab.core.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tracelab.core.verify.constraint.TextServices;
import org.tracelab.core.verify.lang.LanguageIdentifier;
import org.tracelab.core.verify.text.SentenceSplitter;
import org.tracelab.core.verify.text.Span;
import org.tracelab.core.verify.text.WordTokenizer;

/**
 * Deliberately simple stand-ins for the language tools, so instruction tests do not depend on Punkt,
 * NLTK or langdetect: sentences end at . ! ? followed by a space or the end, words are non-space runs
 * split off trailing punctuation, and the language is whatever the test says.
 */
final class FakeTextServices {

    private static final Pattern SENTENCE = Pattern.compile("[^\\s].*?(?:[.!?](?=\\s|$)|$)", Pattern.DOTALL);
    private static final Pattern WORD = Pattern.compile("[^\\s.,!?;:]+(?:\\.[^\\s.,!?;:]+)*\\.?|[.,!?;:]");

    private FakeTextServices() {}

    static TextServices english() {
        return withLanguage(text -> Optional.of("en"));
    }

    static TextServices withLanguage(Function<String, Optional<String>> language) {
        SentenceSplitter sentences = new SentenceSplitter() {
            @Override
            public List<Span> sentences(String text) {
                return spans(SENTENCE, text);
            }

            @Override
            public String description() {
                return "test splitter";
            }

            @Override
            public boolean exact() {
                return false;
            }
        };
        WordTokenizer words = text -> spans(WORD, text).stream()
                .map(s -> new WordTokenizer.Token(s.of(text), s.start(), s.end()))
                .toList();
        LanguageIdentifier identifier = new LanguageIdentifier() {
            @Override
            public Optional<String> detect(String text) {
                return language.apply(text);
            }

            @Override
            public String description() {
                return "test language";
            }
        };
        return new TextServices(sentences, words, identifier);
    }

    private static List<Span> spans(Pattern pattern, String text) {
        List<Span> spans = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            spans.add(new Span(m.start(), m.end()));
        }
        return spans;
    }
}
