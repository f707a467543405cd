package org.tracelab.core.diff;

import java.util.ArrayList;
import java.util.List;

/** Turns token-range changes into the char spans and aligned hunks of a {@link TextDiff}. */
final class DiffAssembly {

    private DiffAssembly() {}

    /** @param changes in order, not overlapping, with equal tokens between them */
    static TextDiff assemble(
            String left,
            String right,
            List<Token> leftTokens,
            List<Token> rightTokens,
            List<TokenChange> changes,
            boolean coarse) {
        List<ChangedSpan> leftSpans = new ArrayList<>();
        List<ChangedSpan> rightSpans = new ArrayList<>();
        List<Hunk> hunks = new ArrayList<>();
        int leftAt = 0;
        int rightAt = 0;
        for (TokenChange change : changes) {
            int ls = offset(left, leftTokens, change.leftStart());
            int le = offset(left, leftTokens, change.leftEnd());
            int rs = offset(right, rightTokens, change.rightStart());
            int re = offset(right, rightTokens, change.rightEnd());
            if (ls > leftAt) {
                hunks.add(new Hunk(leftAt, ls, rightAt, rs, false));
            }
            hunks.add(new Hunk(ls, le, rs, re, true));
            if (le > ls) {
                leftSpans.add(new ChangedSpan(ls, le, re > rs ? ChangeKind.CHANGED : ChangeKind.DELETED));
            }
            if (re > rs) {
                rightSpans.add(new ChangedSpan(rs, re, le > ls ? ChangeKind.CHANGED : ChangeKind.INSERTED));
            }
            leftAt = le;
            rightAt = re;
        }
        if (leftAt < left.length()) {
            hunks.add(new Hunk(leftAt, left.length(), rightAt, right.length(), false));
        }
        return new TextDiff(leftSpans, rightSpans, hunks, coarse);
    }

    private static int offset(String text, List<Token> tokens, int tokenIndex) {
        return tokenIndex < tokens.size() ? tokens.get(tokenIndex).start() : text.length();
    }
}
