package org.tracelab.core.verify.ifbench;

import static org.tracelab.core.verify.ifbench.IfbenchText.quote;

import java.util.List;
import org.tracelab.core.verify.constraint.AnalyzedText;
import org.tracelab.core.verify.constraint.CheckResult;
import org.tracelab.core.verify.constraint.Instruction;
import org.tracelab.core.verify.ifbench.IfbenchText.Word;
import org.tracelab.core.verify.text.SyllableCounter;

/**
 * {@code words:odd_even_syllables}: consecutive words alternate between an odd and an even number of syllables,
 * counted by syllapy 0.7.2 on the lower-cased whitespace words (ASCII punctuation deleted). A word with a digit
 * has 0 syllables (even).
 */
public record OddEvenSyllables() implements Instruction {

    public static final String ID = "words:odd_even_syllables";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CheckResult check(AnalyzedText text) {
        SyllableCounter syllables = IfbenchText.tools(text).syllables();
        List<Word> words = IfbenchText.words(text.text(), w -> IfbenchText.lower(IfbenchText.removePunctuation(w)));
        int previous = -1;
        for (int i = 0; i < words.size(); i++) {
            int count = syllables.count(words.get(i).text());
            if (count % 2 == previous) {
                return CheckResult.fail(
                        List.of(words.get(i - 1).span(), words.get(i).span()),
                        quote(words.get(i - 1).text())
                                + " and " + quote(words.get(i).text()) + " both have an "
                                + (previous == 0 ? "even" : "odd")
                                + " number of syllables");
            }
            previous = count % 2;
        }
        return CheckResult.pass("all " + words.size() + " words alternate odd and even syllable counts");
    }

    @Override
    public String restatement() {
        return "Alternate between words with an odd and an even number of syllables.";
    }
}
