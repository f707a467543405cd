package org.tracelab.core.verify.text;

/**
 * The NLTK release whose tokenizers a port imitates. The two reference checkers ran different releases, and
 * NLTK changed its rules in between, so each benchmark is verified with the rules its own checker used.
 */
public enum NltkVersion {

    /** NLTK 3.8: the official IFEval checker's verdicts were produced with it. */
    V3_8("NLTK 3.8"),

    /**
     * NLTK 3.10.3: IFBench's reference verdicts. Against 3.8, Punkt treats curly quotes and guillemets as
     * closing punctuation, and the word tokenizer splits a leading apostrophe off words of any length and pads
     * the figure, en and em dashes and the horizontal bar (U+2012 to U+2015).
     */
    V3_10("NLTK 3.10.3");

    private final String label;

    NltkVersion(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
