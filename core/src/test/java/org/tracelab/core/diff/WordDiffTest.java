package org.tracelab.core.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

class WordDiffTest {

    private static final String[] WORDS = {
        "the", "model", "answer", "follows", "every", "rule", "of", "a", "prompt", "with", "care", "and", "no", "comma",
        "in", "it", "lists", "three", "items", "briefly"
    };

    private final WordDiff diff = new WordDiff();

    @Test
    void identicalTextsHaveNoChangesAndOneEqualHunk() {
        String text = "Same words, same order.\nTwice.";
        TextDiff result = diff.compare(text, text);

        assertThat(result.identical()).isTrue();
        assertThat(result.left()).isEmpty();
        assertThat(result.right()).isEmpty();
        assertThat(result.hunks()).containsExactly(new Hunk(0, text.length(), 0, text.length(), false));
        assertConsistent(text, text, result);
    }

    @Test
    void twoEmptyTextsAreIdenticalWithNoHunks() {
        TextDiff result = diff.compare("", "");

        assertThat(result.identical()).isTrue();
        assertThat(result.hunks()).isEmpty();
        assertThat(result.rightOffsetOf(0)).isZero();
    }

    @Test
    void anEmptyLeftSideMakesTheWholeRightInserted() {
        String right = "A whole new answer.";
        TextDiff result = diff.compare("", right);

        assertThat(result.left()).isEmpty();
        assertThat(result.right()).containsExactly(new ChangedSpan(0, right.length(), ChangeKind.INSERTED));
        assertThat(result.hunks()).containsExactly(new Hunk(0, 0, 0, right.length(), true));
        assertConsistent("", right, result);
    }

    @Test
    void anEmptyRightSideMakesTheWholeLeftDeleted() {
        String left = "Gone.";
        TextDiff result = diff.compare(left, "");

        assertThat(result.left()).containsExactly(new ChangedSpan(0, 5, ChangeKind.DELETED));
        assertThat(result.right()).isEmpty();
        assertConsistent(left, "", result);
    }

    @Test
    void aPureInsertionMarksOnlyTheNewWordsOnTheRight() {
        String left = "The cat sat on the mat.";
        String right = "The black cat sat on the mat.";
        TextDiff result = diff.compare(left, right);

        assertThat(result.left()).isEmpty();
        assertThat(result.right()).singleElement().satisfies(span -> {
            assertThat(span.kind()).isEqualTo(ChangeKind.INSERTED);
            assertThat(span.of(right).strip()).isEqualTo("black");
        });
        assertThat(result.changeCount()).isEqualTo(1);
        assertConsistent(left, right, result);
    }

    @Test
    void aPureDeletionMarksOnlyTheRemovedWordsOnTheLeft() {
        String left = "Answer briefly, clearly and politely.";
        String right = "Answer briefly and politely.";
        TextDiff result = diff.compare(left, right);

        assertThat(result.right()).isEmpty();
        assertThat(result.left()).singleElement().satisfies(span -> {
            assertThat(span.kind()).isEqualTo(ChangeKind.DELETED);
            assertThat(span.of(left)).isIn(", clearly", ", clearly ", " clearly,", "clearly, ");
        });
        assertConsistent(left, right, result);
    }

    @Test
    void aReplacedWordIsChangedOnBothSides() {
        String left = "I like red apples.";
        String right = "I like green apples.";
        TextDiff result = diff.compare(left, right);

        assertThat(result.left()).containsExactly(new ChangedSpan(7, 10, ChangeKind.CHANGED));
        assertThat(result.right()).containsExactly(new ChangedSpan(7, 12, ChangeKind.CHANGED));
        assertThat(result.hunks())
                .containsExactly(
                        new Hunk(0, 7, 0, 7, false), new Hunk(7, 10, 7, 12, true), new Hunk(10, 18, 12, 20, false));
        assertConsistent(left, right, result);
    }

    @Test
    void aReplacedPhraseIsOneChangeNotAWordSpaceWordPatchwork() {
        String left = "keep this old phrase here";
        String right = "keep this brand new wording here";
        TextDiff result = diff.compare(left, right);

        assertThat(result.changeCount()).isEqualTo(1);
        assertThat(result.left())
                .singleElement()
                .extracting(span -> span.of(left))
                .isEqualTo("old phrase");
        assertThat(result.right())
                .singleElement()
                .extracting(span -> span.of(right))
                .isEqualTo("brand new wording");
    }

    @Test
    void changedWhitespaceIsAChangeToo() {
        TextDiff result = diff.compare("one two", "one\ntwo");

        assertThat(result.left()).containsExactly(new ChangedSpan(3, 4, ChangeKind.CHANGED));
        assertThat(result.right()).containsExactly(new ChangedSpan(3, 4, ChangeKind.CHANGED));
    }

    @Test
    void unicodeSpansNeverSplitACharacter() {
        String left = "smile \uD83D\uDE00 now, café au lait, 我喜欢猫";
        String right = "smile \uD83D\uDE03 now, cafe\u0301 au lait, 我喜欢狗";
        TextDiff result = diff.compare(left, right);

        assertThat(result.left()).extracting(span -> span.of(left)).containsExactly("\uD83D\uDE00", "café", "猫");
        assertThat(result.right())
                .extracting(span -> span.of(right))
                .containsExactly("\uD83D\uDE03", "cafe\u0301", "狗");
        assertConsistent(left, right, result);
    }

    @Test
    void aPatchOfTwoWordsInALongTextFindsExactlyThoseTwoWords() {
        List<String> words = words(new Random(7), 3000);
        String left = String.join(" ", words);
        words.set(400, "PATCHED");
        words.set(2600, "ALSO");
        String right = String.join(" ", words);

        TextDiff result = diff.compare(left, right);

        assertThat(result.coarse()).isFalse();
        assertThat(result.changeCount()).isEqualTo(2);
        assertThat(result.right()).extracting(span -> span.of(right)).containsExactly("PATCHED", "ALSO");
        assertThat(result.left())
                .extracting(span -> span.of(left))
                .containsExactly(
                        words(new Random(7), 3000).get(400),
                        words(new Random(7), 3000).get(2600));
        assertConsistent(left, right, result);
    }

    @Test
    void randomEditsAlwaysReconstructBothTexts() {
        Random random = new Random(42);
        for (int round = 0; round < 200; round++) {
            List<String> words = words(random, random.nextInt(60));
            String left = String.join(random.nextBoolean() ? " " : "\n", words);
            List<String> edited = new ArrayList<>(words);
            for (int e = random.nextInt(6); e > 0 && !edited.isEmpty(); e--) {
                int at = random.nextInt(edited.size());
                switch (random.nextInt(3)) {
                    case 0 -> edited.remove(at);
                    case 1 -> edited.add(at, WORDS[random.nextInt(WORDS.length)] + ",");
                    default -> edited.set(at, "é\uD83D\uDE00" + edited.get(at));
                }
            }
            String right = String.join(" ", edited);
            assertConsistent(left, right, diff.compare(left, right));
        }
    }

    @Test
    void aLargeRegionIsComparedLineByLineThenWordByWord() {
        List<String> lines = new ArrayList<>();
        Random random = new Random(3);
        for (int i = 0; i < 40; i++) {
            lines.add(String.join(" ", words(random, 10)));
        }
        String left = String.join("\n", lines);
        lines.set(5, lines.get(5).replaceFirst("^\\S+", "CHANGED"));
        lines.set(30, lines.get(30) + " appended");
        String right = String.join("\n", lines);

        TextDiff result = new WordDiff(60).compare(left, right);

        assertThat(result.coarse()).isFalse();
        assertThat(result.right()).extracting(span -> span.of(right).strip()).containsExactly("CHANGED", "appended");
        assertConsistent(left, right, result);
    }

    @Test
    void aRegionBeyondTheBoundIsMarkedChangedAsAWholeAndSaysSo() {
        Random random = new Random(5);
        String left = String.join(" ", words(random, 100));
        String right = String.join(" ", words(random, 100));

        TextDiff result = new WordDiff(60).compare(left, right);

        assertThat(result.coarse()).isTrue();
        assertThat(result.changeCount()).isEqualTo(1);
        assertConsistent(left, right, result);
    }

    @Test
    void aRequestedCancellationStopsTheComparison() {
        Random random = new Random(11);
        String left = String.join(" ", words(random, 4000));
        String right = String.join(" ", words(random, 4000));

        assertThatThrownBy(() -> diff.compare(left, right, () -> true)).isInstanceOf(CancellationException.class);
    }

    @Test
    void offsetsMapAcrossEqualAndChangedHunks() {
        String left = "I like red apples.";
        String right = "I like green apples.";
        TextDiff result = diff.compare(left, right);

        assertThat(result.rightOffsetOf(2)).isEqualTo(2);
        assertThat(result.rightOffsetOf(11)).isEqualTo(13);
        assertThat(result.rightOffsetOf(left.length())).isEqualTo(right.length());
        assertThat(result.leftOffsetOf(13)).isEqualTo(11);
        assertThat(result.rightOffsetOf(8)).isBetween(7, 12);
    }

    @Test
    void theTokenBoundMustLeaveRoomForAComparison() {
        assertThatThrownBy(() -> new WordDiff(1)).isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * The hunks cover both texts in order; equal hunks hold equal text; every span lies in a changed hunk on its
     * side; and replacing the changed hunks of the left with those of the right rebuilds the right text.
     */
    private static void assertConsistent(String left, String right, TextDiff result) {
        int leftAt = 0;
        int rightAt = 0;
        StringBuilder rebuiltLeft = new StringBuilder();
        StringBuilder rebuiltRight = new StringBuilder();
        for (Hunk hunk : result.hunks()) {
            assertThat(hunk.leftStart()).as("left hunks contiguous").isEqualTo(leftAt);
            assertThat(hunk.rightStart()).as("right hunks contiguous").isEqualTo(rightAt);
            String l = left.substring(hunk.leftStart(), hunk.leftEnd());
            String r = right.substring(hunk.rightStart(), hunk.rightEnd());
            if (!hunk.changed()) {
                assertThat(l).as("equal hunk").isEqualTo(r);
            }
            rebuiltLeft.append(l);
            rebuiltRight.append(r);
            leftAt = hunk.leftEnd();
            rightAt = hunk.rightEnd();
        }
        assertThat(rebuiltLeft.toString()).isEqualTo(left);
        assertThat(rebuiltRight.toString()).isEqualTo(right);
        assertSpansInChangedHunks(result.left(), result.hunks(), true);
        assertSpansInChangedHunks(result.right(), result.hunks(), false);
    }

    private static void assertSpansInChangedHunks(List<ChangedSpan> spans, List<Hunk> hunks, boolean leftSide) {
        int previousEnd = 0;
        for (ChangedSpan span : spans) {
            assertThat(span.start()).as("spans ordered, not overlapping").isGreaterThanOrEqualTo(previousEnd);
            previousEnd = span.end();
            boolean inChangedHunk = hunks.stream()
                    .anyMatch(hunk -> hunk.changed()
                            && span.start() == (leftSide ? hunk.leftStart() : hunk.rightStart())
                            && span.end() == (leftSide ? hunk.leftEnd() : hunk.rightEnd()));
            assertThat(inChangedHunk)
                    .as("span " + span + " is a changed hunk's side")
                    .isTrue();
        }
        long sides = hunks.stream()
                .filter(Hunk::changed)
                .filter(h -> leftSide ? h.leftLength() > 0 : h.rightLength() > 0)
                .count();
        assertThat(spans).as("one span per changed hunk with text on this side").hasSize((int) sides);
    }

    private static List<String> words(Random random, int count) {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            words.add(WORDS[random.nextInt(WORDS.length)]);
        }
        return words;
    }
}
