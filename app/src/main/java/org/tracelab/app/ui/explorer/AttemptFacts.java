package org.tracelab.app.ui.explorer;

import java.util.List;
import java.util.Locale;
import org.tracelab.app.ui.Outcome;
import org.tracelab.core.trace.Attempt;
import org.tracelab.core.verify.InstructionVerdict;
import org.tracelab.storage.StoredAttempt;

/**
 * What an attempt node of the chain view says, as display text: "#1 patch", the outcome, "strict 1/2 · loose 2/2",
 * tokens, latency and flags. Unknown token counts and latencies show as "–", never estimated.
 */
public record AttemptFacts(
        String title,
        Outcome outcome,
        String outcomeText,
        String instructions,
        String tokens,
        String latency,
        String flags) {

    public static AttemptFacts of(StoredAttempt stored) {
        Attempt attempt = stored.attempt();
        List<InstructionVerdict> verdicts = attempt.verdicts();
        Outcome outcome = Outcome.of(verdicts);
        long strict = verdicts.stream().filter(InstructionVerdict::strict).count();
        long loose = verdicts.stream().filter(InstructionVerdict::loose).count();
        String instructions = verdicts.isEmpty()
                ? "not verified"
                : "strict " + strict + "/" + verdicts.size() + " · loose " + loose + "/" + verdicts.size();
        String outcomeText = outcome == Outcome.UNVERIFIED && attempt.error() != null
                ? "call failed: " + attempt.error().kind()
                : outcome.label();
        return new AttemptFacts(
                "#" + attempt.index() + " " + attempt.strategy().wireName(),
                outcome,
                outcomeText,
                instructions,
                tokens(attempt),
                attempt.latencyMs() == null ? "latency –" : String.format(Locale.ROOT, "%,d ms", attempt.latencyMs()),
                attempt.flags().isEmpty() ? "" : String.join(", ", attempt.flags()));
    }

    private static String tokens(Attempt attempt) {
        if (attempt.promptTokens() == null && attempt.completionTokens() == null) {
            return "tokens –";
        }
        return "tokens " + orDash(attempt.promptTokens()) + " + " + orDash(attempt.completionTokens());
    }

    private static String orDash(Integer count) {
        return count == null ? "–" : String.format(Locale.ROOT, "%,d", count);
    }
}
