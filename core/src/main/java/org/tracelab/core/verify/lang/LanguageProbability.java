package org.tracelab.core.verify.lang;

/** One entry of langdetect's {@code getProbabilities()}: a language and its averaged probability. */
public record LanguageProbability(String language, double probability) {

    /** As langdetect's {@code Language.toString()}: {@code en:0.9999}. */
    @Override
    public String toString() {
        return language + ":" + probability;
    }
}
