package org.tracelab.app.service.compare;

import java.util.List;
import java.util.Objects;

/**
 * One task of a comparison with the finished chains each side has of it, in chain id order: the first chain of each
 * side is the one whose final answer a row opens (the {@code firstChainId} of the side's task), the others can be
 * picked in the diff.
 */
public record TaskAnswers(String taskKey, List<LocatedChain> a, List<LocatedChain> b) {

    public TaskAnswers {
        Objects.requireNonNull(taskKey, "taskKey");
        a = List.copyOf(a);
        b = List.copyOf(b);
    }
}
