package org.tracelab.core.verify.ifbench;

import static org.tracelab.core.verify.ifbench.IfbenchText.quote;

import java.util.List;
import org.tracelab.core.verify.constraint.AnalyzedText;
import org.tracelab.core.verify.constraint.CheckResult;
import org.tracelab.core.verify.constraint.Instruction;
import org.tracelab.core.verify.text.PythonStrings;
import org.tracelab.core.verify.text.Span;

/**
 * {@code words:keywords_specific_position}: word {@code m} of sentence {@code n} (both 1-based; NLTK 3.10's
 * sentences, then {@code word_tokenize} of that sentence keeping tokens with a letter or digit) is
 * {@code keyword}, letter case ignored. The keyword is stripped when the instruction is built. An index of 0
 * means the last one, as Python's {@code [-1]}.
 */
public record KeywordSpecificPosition(String keyword, int n, int m) implements Instruction {

    public static final String ID = "words:keywords_specific_position";

    public KeywordSpecificPosition {
        keyword = PythonStrings.strip(keyword);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CheckResult check(AnalyzedText text) {
        List<Span> sentences = IfbenchText.sentenceSpans(text);
        if (sentences.size() < n) {
            return CheckResult.fail("has " + sentences.size() + " sentences; needs at least " + n);
        }
        int sentenceIndex = pythonIndex(n - 1, sentences.size());
        if (sentenceIndex < 0) {
            return CheckResult.fail("has no sentence " + n);
        }
        Span sentence = sentences.get(sentenceIndex);
        List<String> words = IfbenchText.wordTokens(text, sentence.of(text.text())).stream()
                .filter(w -> w.codePoints().anyMatch(PythonStrings::isAlnum))
                .toList();
        if (words.size() < m) {
            return CheckResult.fail(
                    List.of(sentence), "sentence " + n + " has " + words.size() + " words; needs at least " + m);
        }
        int wordIndex = pythonIndex(m - 1, words.size());
        if (wordIndex < 0) {
            // Python raises IndexError here; no text can follow the instruction.
            return CheckResult.fail(List.of(sentence), "sentence " + n + " has no word " + m);
        }
        String word = words.get(wordIndex);
        String explanation = "word " + m + " of sentence " + n + " is " + quote(word) + "; needs " + quote(keyword);
        return PythonStrings.lower(word).equals(PythonStrings.lower(keyword))
                ? CheckResult.pass(explanation)
                : CheckResult.fail(List.of(sentence), explanation);
    }

    /** Python's {@code seq[index]} position for an index from -len up; -1 when Python would raise. */
    static int pythonIndex(int index, int size) {
        int resolved = index < 0 ? index + size : index;
        return resolved >= 0 && resolved < size ? resolved : -1;
    }

    @Override
    public String restatement() {
        return "Word number " + m + " of sentence number " + n + " must be \"" + keyword + "\".";
    }
}
