package org.tracelab.core.export;

import java.util.Objects;
import java.util.Set;
import org.tracelab.core.trace.CurationState;

/**
 * One attempt as SFT or KTO material.
 *
 * @param taskKey         the task's key; the test split is drawn by task
 * @param prompt          the task's real instruction text (not a repair or retry prompt)
 * @param systemPrompt    the run's system prompt, or null (blank counts as none)
 * @param completion      the attempt's answer as verified (reasoning blocks already removed); may be empty
 * @param passesAllStrict whether every instruction passed strictly: the KTO label, and SFT's entry condition
 * @param flags           the attempt's flags merged with its task's (e.g. {@code infeasible:*})
 * @param source          the attempt in the trace store
 * @param curation        a person's decision about the attempt's chain; {@code NONE} when undecided
 * @param rank            the attempt's rank in its (task, seed); examples of a group come in rank order, then
 *                        rollout order, which is the order SFT's best of N picks in
 */
public record ExportExample(
        String taskKey,
        String prompt,
        String systemPrompt,
        String completion,
        boolean passesAllStrict,
        Set<String> flags,
        AttemptRef source,
        CurationState curation,
        RolloutRank rank) {

    public ExportExample {
        Texts.requireNonBlank(taskKey, "taskKey");
        Texts.requireNonBlank(prompt, "prompt");
        systemPrompt = Texts.systemOrNull(systemPrompt);
        Objects.requireNonNull(completion, "completion");
        flags = Texts.flags(flags);
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(curation, "curation");
        Objects.requireNonNull(rank, "rank");
    }

    /** An example of an uncurated chain, ranked against nothing else. */
    public ExportExample(
            String taskKey,
            String prompt,
            String systemPrompt,
            String completion,
            boolean passesAllStrict,
            Set<String> flags,
            AttemptRef source) {
        this(
                taskKey,
                prompt,
                systemPrompt,
                completion,
                passesAllStrict,
                flags,
                source,
                CurationState.NONE,
                RolloutRank.alone(source));
    }

    /** An example ranked against nothing else. */
    public ExportExample(
            String taskKey,
            String prompt,
            String systemPrompt,
            String completion,
            boolean passesAllStrict,
            Set<String> flags,
            AttemptRef source,
            CurationState curation) {
        this(
                taskKey,
                prompt,
                systemPrompt,
                completion,
                passesAllStrict,
                flags,
                source,
                curation,
                RolloutRank.alone(source));
    }
}
