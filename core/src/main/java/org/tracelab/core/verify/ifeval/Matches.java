package org.tracelab.core.verify.ifeval;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tracelab.core.verify.text.Span;

/** Regex helpers shared by the checks: non-overlapping matches as spans, like Python's findall. */
final class Matches {

    private Matches() {}

    static List<Span> spans(Pattern pattern, CharSequence text) {
        List<Span> spans = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            spans.add(new Span(m.start(), m.end()));
        }
        return spans;
    }

    static int count(Pattern pattern, CharSequence text) {
        int n = 0;
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            n++;
        }
        return n;
    }

    static String plural(int n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }
}
