package org.tracelab.core.verify.ifbench;

import static org.tracelab.core.verify.ifbench.IfbenchText.P_AND_SPACE;
import static org.tracelab.core.verify.ifbench.IfbenchText.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.tracelab.core.verify.constraint.AnalyzedText;
import org.tracelab.core.verify.constraint.CheckResult;
import org.tracelab.core.verify.constraint.Instruction;
import org.tracelab.core.verify.text.PythonRegex;
import org.tracelab.core.verify.text.PythonStrings;

/**
 * {@code format:options}: the answer is one of the options. The options are {@code options} split on {@code /}
 * if it has one, else on {@code or} (even inside a word), else on {@code ,}, each stripped. For lettered options
 * ({@code a), b), c)}) the text must equal an option exactly; otherwise the comparison ignores letter case and
 * punctuation and spaces at both ends.
 */
public record Options(String options) implements Instruction {

    public static final String ID = "format:options";
    private static final String NOT_WORD = "[^" + PythonRegex.WORD_CHAR + "]";
    private static final Pattern LETTERED =
            PythonRegex.compile(NOT_WORD + "*[aA]" + NOT_WORD + "*[bB]" + NOT_WORD + "*[cC]" + NOT_WORD + "*");

    @Override
    public String id() {
        return ID;
    }

    /** The options, in order. */
    public List<String> choices() {
        String separator = options.contains("/") ? "/" : options.contains("or") ? "or" : ",";
        List<String> choices = new ArrayList<>();
        for (String piece : PythonStrings.split(options, separator)) {
            choices.add(PythonStrings.strip(piece));
        }
        return choices;
    }

    /** Lettered options need an exact answer. */
    public boolean exact() {
        return LETTERED.matcher(options).lookingAt();
    }

    @Override
    public CheckResult check(AnalyzedText text) {
        List<String> choices = choices();
        boolean followed;
        if (exact()) {
            followed = choices.contains(text.text());
        } else {
            String answer = normalize(text.text());
            followed = choices.stream().anyMatch(choice -> normalize(choice).equals(answer));
        }
        String explanation = "the answer " + quote(text.text()) + (followed ? " is " : " is not ") + "one of " + choices
                + (exact() ? " exactly" : "");
        return followed ? CheckResult.pass(explanation) : CheckResult.fail(explanation);
    }

    private static String normalize(String s) {
        return PythonStrings.lower(PythonStrings.strip(s, P_AND_SPACE));
    }

    @Override
    public String restatement() {
        return "Answer with one of the following options only, and nothing else: " + options + ".";
    }
}
