package org.tracelab.core.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.algorithm.myers.MyersDiffWithLinearSpace;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.BiPredicate;

/**
 * Word-level differences between two texts (ADR 0004). Both texts are split into {@link Tokens}, whitespace
 * kept, and the token lists are compared with the linear-space Myers algorithm of java-diff-utils. The common
 * start and end are set aside first, so a patch that edits a few words of a long answer costs little.
 *
 * <p>Large texts are bounded: a region of more than {@code maxTokens} tokens (both sides together) is first
 * compared line by line, and only changed line blocks within the bound are compared word by word; a block
 * beyond it is marked changed as a whole and the result is {@link TextDiff#coarse() coarse}.
 *
 * <p>Changes separated only by whitespace are joined, so replacing a phrase reads as one change rather than
 * a word-space-word patchwork. Thread-safe; no state between calls.
 */
public final class WordDiff {

    /** Myers costs about (tokens × differing tokens): 20,000 keeps the worst case near a second. */
    public static final int DEFAULT_MAX_TOKENS = 20_000;

    private static final int CANCEL_CHECK_INTERVAL = 4096;

    private final int maxTokens;

    public WordDiff() {
        this(DEFAULT_MAX_TOKENS);
    }

    /** @param maxTokens the largest region, in tokens of both sides together, compared word by word */
    public WordDiff(int maxTokens) {
        if (maxTokens < 2) {
            throw new IllegalArgumentException("maxTokens must be at least 2, was " + maxTokens);
        }
        this.maxTokens = maxTokens;
    }

    public TextDiff compare(String left, String right) {
        return compare(left, right, Cancellation.NEVER);
    }

    /** @throws CancellationException when {@code cancellation} is requested before the comparison ends */
    public TextDiff compare(String left, String right, Cancellation cancellation) {
        return new Comparison(left, right, cancellation).run();
    }

    /** One comparison's state: both token lists as ids (equal ids, equal text) and the changes found. */
    private final class Comparison {
        private final String left;
        private final String right;
        private final List<Token> leftTokens;
        private final List<Token> rightTokens;
        private final int[] leftIds;
        private final int[] rightIds;
        private final BiPredicate<Integer, Integer> equal;
        private final List<TokenChange> changes = new ArrayList<>();
        private boolean coarse;

        Comparison(String left, String right, Cancellation cancellation) {
            this.left = left;
            this.right = right;
            this.leftTokens = Tokens.of(left);
            this.rightTokens = Tokens.of(right);
            Map<String, Integer> vocabulary = new HashMap<>();
            this.leftIds = ids(left, leftTokens, vocabulary);
            this.rightIds = ids(right, rightTokens, vocabulary);
            this.equal = new CancellableEquality(cancellation);
        }

        TextDiff run() {
            int n = leftIds.length;
            int m = rightIds.length;
            int prefix = 0;
            while (prefix < n && prefix < m && leftIds[prefix] == rightIds[prefix]) {
                prefix++;
            }
            int suffix = 0;
            while (suffix < n - prefix && suffix < m - prefix && leftIds[n - 1 - suffix] == rightIds[m - 1 - suffix]) {
                suffix++;
            }
            compareRegion(prefix, n - suffix, prefix, m - suffix, true);
            return DiffAssembly.assemble(left, right, leftTokens, rightTokens, joinAcrossWhitespace(), coarse);
        }

        /** Adds the changes within tokens {@code [l0, l1)} of the left and {@code [r0, r1)} of the right. */
        private void compareRegion(int l0, int l1, int r0, int r1, boolean mayGoLineByLine) {
            if (l0 == l1 && r0 == r1) {
                return;
            }
            if (l0 == l1 || r0 == r1) {
                changes.add(new TokenChange(l0, l1, r0, r1));
            } else if ((l1 - l0) + (r1 - r0) <= maxTokens) {
                byTokens(l0, l1, r0, r1);
            } else if (mayGoLineByLine) {
                byLines(l0, l1, r0, r1);
            } else {
                coarse = true;
                changes.add(new TokenChange(l0, l1, r0, r1));
            }
        }

        private void byTokens(int l0, int l1, int r0, int r1) {
            List<Integer> a = boxed(leftIds, l0, l1);
            List<Integer> b = boxed(rightIds, r0, r1);
            for (AbstractDelta<Integer> delta : DiffUtils.diff(a, b, new MyersDiffWithLinearSpace<>(equal), null)
                    .getDeltas()) {
                int ls = l0 + delta.getSource().getPosition();
                int rs = r0 + delta.getTarget().getPosition();
                changes.add(new TokenChange(
                        ls,
                        ls + delta.getSource().size(),
                        rs,
                        rs + delta.getTarget().size()));
            }
        }

        /** Compares whole lines first, then the changed line blocks word by word where they are small enough. */
        private void byLines(int l0, int l1, int r0, int r1) {
            Map<String, Integer> lineIds = new HashMap<>();
            LineUnits a = LineUnits.of(left, leftTokens, l0, l1, lineIds);
            LineUnits b = LineUnits.of(right, rightTokens, r0, r1, lineIds);
            if (a.count() + b.count() > maxTokens) {
                coarse = true;
                changes.add(new TokenChange(l0, l1, r0, r1));
                return;
            }
            // The algorithm reports a replaced line as a deletion next to an insertion: join them, so the
            // words of the old and the new line are compared with each other.
            List<TokenChange> blocks = new ArrayList<>();
            for (AbstractDelta<Integer> delta : DiffUtils.diff(
                            a.ids(), b.ids(), new MyersDiffWithLinearSpace<>(equal), null)
                    .getDeltas()) {
                int la = delta.getSource().getPosition();
                int ra = delta.getTarget().getPosition();
                TokenChange block = new TokenChange(
                        a.tokenStart(la),
                        a.tokenStart(la + delta.getSource().size()),
                        b.tokenStart(ra),
                        b.tokenStart(ra + delta.getTarget().size()));
                TokenChange last = blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
                if (last != null && last.leftEnd() == block.leftStart() && last.rightEnd() == block.rightStart()) {
                    blocks.set(
                            blocks.size() - 1,
                            new TokenChange(last.leftStart(), block.leftEnd(), last.rightStart(), block.rightEnd()));
                } else {
                    blocks.add(block);
                }
            }
            for (TokenChange block : blocks) {
                compareRegion(block.leftStart(), block.leftEnd(), block.rightStart(), block.rightEnd(), false);
            }
        }

        /** Joins changes whose gap is whitespace only (identical on both sides, since it is unchanged). */
        private List<TokenChange> joinAcrossWhitespace() {
            changes.sort(Comparator.comparingInt(TokenChange::leftStart).thenComparingInt(TokenChange::rightStart));
            List<TokenChange> joined = new ArrayList<>();
            for (TokenChange change : changes) {
                TokenChange last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
                if (last != null && onlyWhitespace(last.leftEnd(), change.leftStart())) {
                    joined.set(
                            joined.size() - 1,
                            new TokenChange(last.leftStart(), change.leftEnd(), last.rightStart(), change.rightEnd()));
                } else {
                    joined.add(change);
                }
            }
            return joined;
        }

        private boolean onlyWhitespace(int from, int to) {
            for (int i = from; i < to; i++) {
                if (leftTokens.get(i).kind() != Token.Kind.SPACE) {
                    return false;
                }
            }
            return true;
        }
    }

    private static int[] ids(String text, List<Token> tokens, Map<String, Integer> vocabulary) {
        int[] ids = new int[tokens.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = vocabulary.computeIfAbsent(tokens.get(i).of(text), word -> vocabulary.size());
        }
        return ids;
    }

    private static List<Integer> boxed(int[] ids, int from, int to) {
        List<Integer> list = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            list.add(ids[i]);
        }
        return list;
    }

    /** Id equality that asks for cancellation every few thousand comparisons, where Myers spends its time. */
    private static final class CancellableEquality implements BiPredicate<Integer, Integer> {
        private final Cancellation cancellation;
        private int calls;

        CancellableEquality(Cancellation cancellation) {
            this.cancellation = cancellation;
        }

        @Override
        public boolean test(Integer a, Integer b) {
            if (++calls % CANCEL_CHECK_INTERVAL == 0 && cancellation.requested()) {
                throw new CancellationException("word diff cancelled");
            }
            return a.intValue() == b.intValue();
        }
    }
}
