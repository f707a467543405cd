package org.tracelab.core.verify.declarative;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tracelab.core.verify.constraint.AnalyzedText;
import org.tracelab.core.verify.constraint.CheckResult;
import org.tracelab.core.verify.constraint.Instruction;
import org.tracelab.core.verify.text.Span;

/**
 * {@code rule:contains} (every phrase appears) and {@code rule:not_contains} (none appears). Phrases are
 * literal text, matched ignoring case unless {@code case_sensitive}, anywhere unless {@code whole_words}.
 */
record PhraseRule(
        String id,
        boolean mustContain,
        List<String> phrases,
        List<Pattern> patterns,
        boolean caseSensitive,
        boolean wholeWords)
        implements Instruction {

    static final String CONTAINS = "rule:contains";
    static final String NOT_CONTAINS = "rule:not_contains";

    PhraseRule {
        phrases = List.copyOf(phrases);
        patterns = List.copyOf(patterns);
    }

    static PhraseRule of(boolean mustContain, List<String> phrases, boolean caseSensitive, boolean wholeWords) {
        return new PhraseRule(
                mustContain ? CONTAINS : NOT_CONTAINS,
                mustContain,
                phrases,
                phrases.stream()
                        .map(p -> Phrases.literal(p, caseSensitive, wholeWords))
                        .toList(),
                caseSensitive,
                wholeWords);
    }

    @Override
    public CheckResult check(AnalyzedText text) {
        return mustContain ? checkContains(text.text()) : checkAbsent(text.text());
    }

    private CheckResult checkContains(String s) {
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < phrases.size(); i++) {
            if (!patterns.get(i).matcher(s).find()) {
                missing.add(phrases.get(i));
            }
        }
        return missing.isEmpty()
                ? CheckResult.pass("all " + CountRange.count(phrases.size(), "phrase", "phrases") + " found")
                : CheckResult.fail("missing " + Phrases.quoted(missing));
    }

    private CheckResult checkAbsent(String s) {
        List<Span> evidence = new ArrayList<>();
        Set<String> used = new LinkedHashSet<>();
        for (int i = 0; i < phrases.size(); i++) {
            Matcher m = patterns.get(i).matcher(s);
            while (m.find()) {
                evidence.add(new Span(m.start(), m.end()));
                used.add(phrases.get(i));
            }
        }
        if (used.isEmpty()) {
            return CheckResult.pass("none of the " + CountRange.count(phrases.size(), "phrase", "phrases") + " used");
        }
        evidence.sort(Comparator.comparingInt(Span::start));
        return CheckResult.fail(
                evidence,
                "used " + Phrases.quoted(List.copyOf(used)) + " ("
                        + CountRange.count(evidence.size(), "occurrence", "occurrences") + ")");
    }

    @Override
    public String restatement() {
        String how = (caseSensitive ? " (exactly as written" : " (in any letter case")
                + (wholeWords ? ", as whole words)" : ")");
        return mustContain
                ? "Your response must include " + Phrases.quoted(phrases) + how + "."
                : "Your response must not include " + Phrases.quoted(phrases) + how + ".";
    }
}
