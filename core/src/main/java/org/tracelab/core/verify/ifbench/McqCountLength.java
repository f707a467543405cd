package org.tracelab.core.verify.ifbench;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.tracelab.core.verify.constraint.AnalyzedText;
import org.tracelab.core.verify.constraint.CheckResult;
import org.tracelab.core.verify.constraint.Instruction;
import org.tracelab.core.verify.text.PythonRegex;
import org.tracelab.core.verify.text.PythonStrings;

/**
 * {@code custom:mcq_count_length}: four multiple-choice questions, as the reference reads them: the text starts
 * with {@code Question}; it is split at {@code Question <n>} markers into exactly four non-empty questions; each
 * has exactly five option lines ({@code A.} to {@code E.}, also {@code a)} or {@code B|}); and the question texts
 * (the lines before the first option) grow strictly longer.
 */
public record McqCountLength() implements Instruction {

    public static final String ID = "custom:mcq_count_length";
    private static final Pattern MARKER = PythonRegex.compile("\n*Question \\p{Nd}+[.|):;]?" + PythonRegex.SPACE + "*");
    private static final Pattern OPTION =
            PythonRegex.compile("[A-Ea-e][.|)]" + PythonRegex.SPACE + "*" + PythonRegex.WORD + "+");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CheckResult check(AnalyzedText text) {
        String s = text.text();
        int first = s.indexOf("Question");
        // Python's text[text.find("Question"):], where find's -1 keeps only the last character.
        String fromQuestion = first >= 0 ? s.substring(first) : PythonStrings.slice(s, -1, Integer.MAX_VALUE);
        if (!fromQuestion.equals(s)) {
            return CheckResult.fail("does not start with \"Question\"");
        }
        List<String> pieces = new ArrayList<>(List.of(MARKER.split(s, -1)));
        if (!pieces.isEmpty() && pieces.get(0).isEmpty()) {
            pieces.remove(0);
        }
        List<String> questions = new ArrayList<>();
        for (String piece : pieces) {
            String stripped = PythonStrings.strip(piece);
            if (!stripped.isEmpty()) {
                questions.add(stripped);
            }
        }
        if (questions.size() != 4) {
            return CheckResult.fail("has " + questions.size() + " questions; needs 4");
        }
        int previousLength = -1;
        for (int q = 0; q < questions.size(); q++) {
            StringBuilder questionText = new StringBuilder();
            int options = 0;
            for (String line : PythonStrings.split(questions.get(q), "\n")) {
                if (OPTION.matcher(PythonStrings.strip(line)).lookingAt()) {
                    options++;
                } else if (options == 0) {
                    questionText.append(' ').append(line);
                }
            }
            if (options != 5) {
                return CheckResult.fail("question " + (q + 1) + " has " + options + " options; needs 5");
            }
            int length = PythonStrings.length(PythonStrings.strip(questionText.toString()));
            if (length <= previousLength) {
                return CheckResult.fail("question " + (q + 1) + " is " + length + " characters long, not longer than "
                        + "the one before (" + previousLength + ")");
            }
            previousLength = length;
        }
        return CheckResult.pass("has 4 questions of 5 options each, growing longer");
    }

    @Override
    public String restatement() {
        return "Write exactly 4 multiple-choice questions, each starting with \"Question N:\" and followed by 5 options "
                + "labelled A. to E. on their own lines, each question longer than the one before.";
    }
}
