package org.tracelab.core.verify.text.punkt;

import org.tracelab.core.verify.text.PythonStrings;

/**
 * A word token with the annotations Punkt decides on. Tokens live only inside one
 * {@link PunktAnnotator#containsSentenceBreak} call, so their mutable flags are never shared.
 */
final class PunktToken {

    static final String NUMBER_TYPE = "##number##";

    final String text;
    /** Lower-cased text, or {@link #NUMBER_TYPE} for anything number-like. */
    final String type;

    final boolean periodFinal;
    boolean sentenceBreak;
    boolean abbreviation;
    boolean ellipsis;

    PunktToken(String text) {
        this.text = text;
        String lower = PythonStrings.lower(text);
        this.type = PunktPatterns.NUMERIC.matcher(lower).matches() ? NUMBER_TYPE : lower;
        this.periodFinal = text.endsWith(".");
    }

    String typeWithoutPeriod() {
        return type.length() > 1 && type.endsWith(".") ? type.substring(0, type.length() - 1) : type;
    }

    /** The type, without its final period only when that period was judged a sentence break. */
    String typeWithoutSentencePeriod() {
        return sentenceBreak ? typeWithoutPeriod() : type;
    }

    boolean firstUpper() {
        return Character.isUpperCase(text.codePointAt(0));
    }

    boolean firstLower() {
        return Character.isLowerCase(text.codePointAt(0));
    }

    boolean isEllipsis() {
        return PunktPatterns.ELLIPSIS.matcher(text).matches();
    }

    /** A single letter followed by a period, such as {@code J.}. */
    boolean isInitial() {
        return PunktPatterns.INITIAL.matcher(text).matches();
    }

    @Override
    public String toString() {
        return text + (abbreviation ? "<A>" : "") + (ellipsis ? "<E>" : "") + (sentenceBreak ? "<S>" : "");
    }
}
