package org.tracelab.core.verify.text.punkt;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.tracelab.core.verify.text.PythonStrings;

/**
 * Decides whether a short context around a candidate sentence end contains a sentence break: it splits
 * the context into word tokens, marks breaks, abbreviations and ellipses by word type (first pass), then
 * revises the marks from the following token (second pass: collocations, orthographic evidence, frequent
 * sentence starters, initials and numbers). Immutable and thread-safe.
 */
final class PunktAnnotator {

    /** Tokens that never start a sentence, whatever their case. */
    private static final String PUNCTUATION = ";:,.!?";

    private enum Starter {
        YES,
        NO,
        UNKNOWN
    }

    private final PunktParameters params;
    private final PunktPatterns patterns;

    PunktAnnotator(PunktParameters params, PunktPatterns patterns) {
        this.params = params;
        this.patterns = patterns;
    }

    /** True when some token of {@code text[from, to)}, other than the last one, ends a sentence. */
    boolean containsSentenceBreak(String text, int from, int to) {
        List<PunktToken> tokens = tokenize(text, from, to);
        for (PunktToken token : tokens) {
            annotateByType(token);
        }
        for (int i = 0; i + 1 < tokens.size(); i++) {
            PunktToken token = tokens.get(i);
            annotateByContext(token, tokens.get(i + 1));
            if (token.sentenceBreak) {
                return true;
            }
        }
        return false;
    }

    /** Word tokens of each line; lines are tokenized separately, so no token spans a newline. */
    List<PunktToken> tokenize(String text, int from, int to) {
        List<PunktToken> tokens = new ArrayList<>(4);
        Matcher matcher = patterns.wordToken.matcher(text);
        int lineStart = from;
        while (lineStart <= to) {
            int newline = text.indexOf('\n', lineStart);
            int lineEnd = newline < 0 || newline >= to ? to : newline;
            if (lineEnd > lineStart) {
                matcher.region(lineStart, lineEnd);
                while (matcher.find()) {
                    tokens.add(new PunktToken(matcher.group()));
                }
            }
            lineStart = lineEnd + 1;
        }
        return tokens;
    }

    /** First pass: end characters break, dot runs are ellipses, other period-final words break unless abbreviations. */
    private void annotateByType(PunktToken token) {
        String text = token.text;
        if (text.equals(".") || text.equals("?") || text.equals("!")) {
            token.sentenceBreak = true;
        } else if (token.isEllipsis()) {
            token.ellipsis = true;
        } else if (token.periodFinal && !text.endsWith("..")) {
            String stem = PythonStrings.lower(text.substring(0, text.length() - 1));
            String lastPart = stem.substring(stem.lastIndexOf('-') + 1);
            if (params.abbrevTypes().contains(stem) || params.abbrevTypes().contains(lastPart)) {
                token.abbreviation = true;
            } else {
                token.sentenceBreak = true;
            }
        }
    }

    /** Second pass: revises a period-final token's marks using the token that follows it. */
    private void annotateByContext(PunktToken token, PunktToken next) {
        if (!token.periodFinal) {
            return;
        }
        String type = token.typeWithoutPeriod();
        String nextType = next.typeWithoutSentencePeriod();
        boolean initial = token.isInitial();

        if (params.collocations().contains(new PunktParameters.Collocation(type, nextType))) {
            markAbbreviation(token);
            return;
        }
        if ((token.abbreviation || token.ellipsis) && !initial) {
            if (startsSentence(next) == Starter.YES) {
                token.sentenceBreak = true;
                return;
            }
            if (next.firstUpper() && params.sentStarters().contains(nextType)) {
                token.sentenceBreak = true;
                return;
            }
        }
        if (initial || type.equals(PunktToken.NUMBER_TYPE)) {
            Starter starter = startsSentence(next);
            if (starter == Starter.NO) {
                markAbbreviation(token);
                return;
            }
            // An initial before a word that is only ever capitalised is part of a name (J. Bach).
            if (starter == Starter.UNKNOWN
                    && initial
                    && next.firstUpper()
                    && (params.orthoFlags(nextType) & OrthoContext.LC) == 0) {
                markAbbreviation(token);
            }
        }
    }

    private static void markAbbreviation(PunktToken token) {
        token.sentenceBreak = false;
        token.abbreviation = true;
    }

    /** Orthographic heuristic: does the training text's use of this word's case say it starts a sentence? */
    private Starter startsSentence(PunktToken token) {
        if (token.text.length() == 1 && PUNCTUATION.indexOf(token.text.charAt(0)) >= 0) {
            return Starter.NO;
        }
        int flags = params.orthoFlags(token.typeWithoutSentencePeriod());
        if (token.firstUpper() && (flags & OrthoContext.LC) != 0 && (flags & OrthoContext.MID_UC) == 0) {
            return Starter.YES;
        }
        if (token.firstLower() && ((flags & OrthoContext.UC) != 0 || (flags & OrthoContext.BEG_LC) == 0)) {
            return Starter.NO;
        }
        return Starter.UNKNOWN;
    }
}
