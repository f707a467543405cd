package org.tracelab.core.verify.ifeval;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import org.tracelab.core.verify.text.Span;

/** Runs of characters of a given case: the evidence for the all-capitals and all-lower-case rules. */
final class CaseRuns {

    private CaseRuns() {}

    static List<Span> of(String text, IntPredicate offending) {
        List<Span> runs = new ArrayList<>();
        int runStart = -1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (offending.test(cp)) {
                if (runStart < 0) {
                    runStart = i;
                }
            } else if (runStart >= 0) {
                runs.add(new Span(runStart, i));
                runStart = -1;
            }
            i += Character.charCount(cp);
        }
        if (runStart >= 0) {
            runs.add(new Span(runStart, text.length()));
        }
        return runs;
    }

    static boolean lowerOrTitle(int cp) {
        return Character.isLowerCase(cp) || Character.isTitleCase(cp);
    }

    static boolean upperOrTitle(int cp) {
        return Character.isUpperCase(cp) || Character.isTitleCase(cp);
    }
}
