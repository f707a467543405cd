package org.tracelab.core.verify.ifbench;

import java.util.List;
import org.tracelab.core.verify.constraint.AnalyzedText;
import org.tracelab.core.verify.constraint.CheckResult;
import org.tracelab.core.verify.constraint.Instruction;
import org.tracelab.core.verify.text.EmojiCodePoints;
import org.tracelab.core.verify.text.PythonStrings;
import org.tracelab.core.verify.text.Span;

/**
 * {@code format:emoji}: every sentence (NLTK 3.10's) ends with an emoji. With ASCII punctuation deleted and the
 * sentence stripped, its last or second-to-last character (a trailing U+FE0F) is an emoji, or, since Punkt moves
 * an emoji written after the full stop into the next sentence, the next sentence starts with one. Emoji are the
 * single code points the {@code emoji} package 2.16.0 knows ({@link EmojiCodePoints}).
 */
public record Emoji() implements Instruction {

    public static final String ID = "format:emoji";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CheckResult check(AnalyzedText text) {
        List<Span> sentences = IfbenchText.sentenceSpans(text);
        for (int i = 0; i < sentences.size(); i++) {
            int[] s = cleaned(sentences.get(i).of(text.text()));
            if (s.length == 0) {
                return fail(sentences.get(i), i, "has no text besides punctuation");
            }
            if (EmojiCodePoints.isEmoji(s[s.length - 1])
                    || (s.length > 1 && EmojiCodePoints.isEmoji(s[s.length - 2]))) {
                continue;
            }
            if (i + 1 == sentences.size()) {
                return fail(sentences.get(i), i, "does not end with an emoji");
            }
            int[] next = cleaned(sentences.get(i + 1).of(text.text()));
            if (next.length == 0 || !EmojiCodePoints.isEmoji(next[0])) {
                return fail(sentences.get(i), i, "does not end with an emoji");
            }
        }
        return CheckResult.pass("all " + sentences.size() + " sentences end with an emoji");
    }

    private static int[] cleaned(String sentence) {
        return PythonStrings.strip(IfbenchText.removePunctuation(sentence))
                .codePoints()
                .toArray();
    }

    private static CheckResult fail(Span sentence, int index, String problem) {
        return CheckResult.fail(List.of(sentence), "sentence " + (index + 1) + " " + problem);
    }

    @Override
    public String restatement() {
        return "End every sentence with an emoji.";
    }
}
