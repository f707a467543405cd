package org.tracelab.core.verify.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@code re.sub(pattern, template, text)} step of a destructive tokenizer, applied to a
 * {@link TrackedText}. The template uses Python's syntax ({@code \1}, {@code \g<0>}); spaces in it are
 * padding, and any other literal stands for the characters matched by {@code literalSourceGroup}.
 * Immutable and thread-safe.
 */
final class SubstitutionRule {

    private final Pattern pattern;
    private final TrackedText.Replacement replacement;
    private final Prefilter prefilter;

    private SubstitutionRule(Pattern pattern, TrackedText.Replacement replacement, Prefilter prefilter) {
        this.pattern = pattern;
        this.replacement = replacement;
        this.prefilter = prefilter;
    }

    static SubstitutionRule of(Pattern pattern, String template, Prefilter prefilter) {
        return of(pattern, template, 0, prefilter);
    }

    static SubstitutionRule of(Pattern pattern, String template, int literalSourceGroup, Prefilter prefilter) {
        return new SubstitutionRule(pattern, compileTemplate(template, literalSourceGroup), prefilter);
    }

    void applyTo(TrackedText text) {
        int searchFrom = prefilter.searchFrom(text);
        if (searchFrom >= 0) {
            text.replaceAll(pattern, replacement, searchFrom);
        }
    }

    /**
     * A cheap scan that rules out most texts before the regex runs: where the first match could start,
     * or -1 when the pattern cannot match. It must never rule out a real match.
     */
    @FunctionalInterface
    interface Prefilter {
        int searchFrom(TrackedText text);

        /** Every match contains one of {@code chars}. */
        static Prefilter anyOf(String chars) {
            TrackedText.CharSet set = new TrackedText.CharSet(chars);
            return text -> text.containsAnyOf(set) ? 0 : -1;
        }

        /** Every match contains {@code lowerWord}, compared case-insensitively. */
        static Prefilter wordIgnoringCase(String lowerWord) {
            return text -> text.mayContainIgnoringCase(lowerWord) ? 0 : -1;
        }

        /** Every match is a non-period followed by the text's last period (patterns anchored at the end). */
        static Prefilter lastPeriod() {
            return text -> {
                int period = text.lastIndexOf('.');
                return period < 1 ? -1 : period - 1;
            };
        }
    }

    private static TrackedText.Replacement compileTemplate(String template, int literalSourceGroup) {
        List<TrackedText.Replacement> parts = new ArrayList<>();
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c == ' ') {
                parts.add((text, match) -> text.appendSpace());
                i++;
            } else if (c == '\\') {
                int end;
                int group;
                if (template.startsWith("g<", i + 1)) {
                    end = template.indexOf('>', i) + 1;
                    group = Integer.parseInt(template.substring(i + 3, end - 1));
                } else {
                    end = i + 2;
                    group = template.charAt(i + 1) - '0';
                }
                parts.add((text, match) -> text.appendGroup(match, group));
                i = end;
            } else {
                int end = i;
                while (end < template.length() && template.charAt(end) != ' ' && template.charAt(end) != '\\') {
                    end++;
                }
                String literal = template.substring(i, end);
                parts.add((text, match) -> text.appendLiteral(literal, match, literalSourceGroup));
                i = end;
            }
        }
        TrackedText.Replacement[] steps = parts.toArray(TrackedText.Replacement[]::new);
        return (TrackedText text, Matcher match) -> {
            for (TrackedText.Replacement step : steps) {
                step.appendTo(text, match);
            }
        };
    }
}
