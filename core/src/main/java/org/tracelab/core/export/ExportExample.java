package org.tracelab.core.export;

import java.util.Objects;
import java.util.Set;

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
 */
public record ExportExample(String taskKey, String prompt, String systemPrompt, String completion,
        boolean passesAllStrict, Set<String> flags, AttemptRef source) {

    public ExportExample {
        Texts.requireNonBlank(taskKey, "taskKey");
        Texts.requireNonBlank(prompt, "prompt");
        systemPrompt = Texts.systemOrNull(systemPrompt);
        Objects.requireNonNull(completion, "completion");
        flags = Texts.flags(flags);
        Objects.requireNonNull(source, "source");
    }
}
