package org.tracelab.core.verify.text;

import java.util.List;

/** Splits a text into sentences the way NLTK's {@code sent_tokenize} (Punkt, English) does. */
public interface SentenceSplitter {

    /** The sentences, as spans of {@code text} in order; whitespace between sentences belongs to none. */
    List<Span> sentences(String text);

    /** A short description of the active mode, shown to users (e.g. "Punkt with NLTK parameters from …"). */
    String description();

    /** True when the splitter uses NLTK's trained parameters and so agrees with NLTK exactly. */
    boolean exact();
}
