package org.tracelab.core.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.tracelab.core.trace.RunInfo;

/**
 * Whether a run may be resumed with the settings given now: a resume that asked other questions (another model,
 * another kind of backend, other sampling, modes, seeds, forks, task sample or dataset) would mix two experiments
 * in one run while the run records only the first. The one check every front end makes before resuming.
 */
public final class ResumeCompatibility {

    /** Recorded parameters that decide what is asked, with the option that sets each. */
    private static final Map<String, String> DECIDING = Map.of(
            "temperature", "--temperature",
            "max_tokens", "--max-tokens",
            "limit", "--limit",
            "sample_seed", "--sample-seed",
            "system_prompt", "--system-prompt");

    private ResumeCompatibility() {
    }

    /**
     * The first difference between the run as started and as it would be started now, as one line naming the
     * setting; empty when they ask the same questions. Paths, concurrency and the API key may differ.
     */
    public static Optional<String> difference(RunInfo started, RunInfo now) {
        if (!Objects.equals(started.model().backend(), now.model().backend())) {
            return Optional.of(differs("the backend (--endpoint or --gguf)", started.model().backend(),
                    now.model().backend()));
        }
        if (!Objects.equals(started.model().name(), now.model().name())) {
            return Optional.of(differs("--model", started.model().name(), now.model().name()));
        }
        if (!Objects.equals(started.model().fileSha256(), now.model().fileSha256())) {
            return Optional.of(differs("the model file (--gguf)", started.model().fileSha256(), now.model().fileSha256()));
        }
        if (!started.modes().equals(now.modes())) {
            return Optional.of(differs("--modes", String.join(",", started.modes()), String.join(",", now.modes())));
        }
        if (!started.seeds().equals(now.seeds())) {
            return Optional.of(differs("--seeds", joined(started.seeds()), joined(now.seeds())));
        }
        if (started.forks() != now.forks()) {
            return Optional.of(differs("--forks", String.valueOf(started.forks()), String.valueOf(now.forks())));
        }
        if (!Objects.equals(started.dataset().fileSha256(), now.dataset().fileSha256())) {
            return Optional.of("the dataset (--dataset) is not the file the run was started with (its SHA-256 differs)");
        }
        for (Map.Entry<String, String> parameter : new java.util.TreeMap<>(DECIDING).entrySet()) {
            JsonNode before = started.model().samplingParams().get(parameter.getKey());
            JsonNode after = now.model().samplingParams().get(parameter.getKey());
            if (!sameValue(before, after)) {
                return Optional.of(differs(parameter.getValue(), text(before), text(after)));
            }
        }
        if (started.dataset().taskCount() != now.dataset().taskCount()) {
            return Optional.of(differs("the number of tasks", String.valueOf(started.dataset().taskCount()),
                    String.valueOf(now.dataset().taskCount())));
        }
        return Optional.empty();
    }

    /** Numbers by value: a stored 0 reads back as an int where a long was written. */
    private static boolean sameValue(JsonNode before, JsonNode after) {
        if (before != null && after != null && before.isNumber() && after.isNumber()) {
            return before.decimalValue().compareTo(after.decimalValue()) == 0;
        }
        return Objects.equals(before, after);
    }

    private static String differs(String setting, String started, String now) {
        return setting + " differs: the run was started with " + started + ", given " + now
                + "; resume it with the settings it was started with";
    }

    private static String text(JsonNode value) {
        return value == null ? "none" : value.isTextual() ? "\"" + value.textValue() + "\"" : value.toString();
    }

    private static String joined(List<Long> values) {
        return String.join(",", values.stream().map(String::valueOf).toList());
    }
}
