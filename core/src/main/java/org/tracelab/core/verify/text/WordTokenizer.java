package org.tracelab.core.verify.text;

import java.util.List;

/** Splits a text into words the way NLTK's {@code word_tokenize} does (Punkt sentences, then Treebank). */
public interface WordTokenizer {

    List<Token> tokens(String text);

    /**
     * A word token. NLTK rewrites some tokens (a straight double quote becomes {@code ``} or {@code ''}),
     * so {@code text} is the token as NLTK returns it and {@code start}/{@code end} locate the characters
     * of the original text it came from.
     */
    record Token(String text, int start, int end) {}
}
