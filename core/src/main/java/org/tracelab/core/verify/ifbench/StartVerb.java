package org.tracelab.core.verify.ifbench;

import static org.tracelab.core.verify.ifbench.IfbenchText.quote;

import java.util.ArrayList;
import java.util.List;
import org.tracelab.core.verify.constraint.AnalyzedText;
import org.tracelab.core.verify.constraint.CheckResult;
import org.tracelab.core.verify.constraint.Instruction;
import org.tracelab.core.verify.text.Span;
import org.tracelab.core.verify.text.WordTokenizer.Token;

/**
 * {@code words:start_verb}: NLTK's English tagger tags the first word token (NLTK 3.10's {@code word_tokenize})
 * as a verb (a tag containing {@code VB}). Only tokens 0 to 2 influence that tag.
 */
public record StartVerb() implements Instruction {

    public static final String ID = "words:start_verb";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CheckResult check(AnalyzedText text) {
        List<Token> tokens = IfbenchText.wordTokens(text);
        if (tokens.isEmpty()) {
            return CheckResult.fail("has no words");
        }
        List<String> firstThree = new ArrayList<>(3);
        for (Token token : tokens.subList(0, Math.min(3, tokens.size()))) {
            firstThree.add(token.text());
        }
        String tag = IfbenchText.tools(text).tagger().firstTag(firstThree);
        Token first = tokens.get(0);
        String explanation = "the first word " + quote(first.text()) + " is tagged " + tag;
        return tag.contains("VB")
                ? CheckResult.pass(explanation + ", a verb")
                : CheckResult.fail(List.of(new Span(first.start(), first.end())), explanation + ", not a verb");
    }

    @Override
    public String restatement() {
        return "Start your response with a verb.";
    }
}
