package org.tracelab.core.verify.text;

import java.util.List;

/** Part-of-speech tags (Penn Treebank tag set) for a list of word tokens, as NLTK's {@code pos_tag} gives them. */
public interface PosTagger {

    /** The tags of the first {@code count} tokens (fewer when there are fewer tokens), in order. */
    List<String> tag(List<String> tokens, int count);

    /** The tag of the first token; the tokens must not be empty. */
    default String firstTag(List<String> tokens) {
        return tag(tokens, 1).get(0);
    }

    /** What the tagger is and where its model came from, shown to users. */
    String description();

    /** True when the tagger is NLTK's own model, so its tags agree with NLTK exactly. */
    boolean exact();
}
