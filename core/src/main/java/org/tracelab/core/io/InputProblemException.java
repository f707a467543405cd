package org.tracelab.core.io;

import java.util.List;
import java.util.stream.Collectors;

/** Input that cannot be used as given; carries every problem found, not just the first. */
public final class InputProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final transient List<InputProblem> problems;

    public InputProblemException(List<InputProblem> problems) {
        super(problems.stream().map(InputProblem::toString).collect(Collectors.joining("\n")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an input problem exception needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public InputProblemException(InputProblem problem) {
        this(List.of(problem));
    }

    public List<InputProblem> problems() {
        return problems;
    }
}
