package org.tracelab.core.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Gathers input problems so a user sees all of them at once, up to a limit that keeps the report
 * readable when a whole file is wrong.
 */
public final class ProblemCollector {

    private static final int LIMIT = 100;
    private final List<InputProblem> problems = new ArrayList<>();
    private final ProblemCollector target;
    private final String fieldPrefix;
    private int dropped;

    public ProblemCollector() {
        this(null, "");
    }

    private ProblemCollector(ProblemCollector target, String fieldPrefix) {
        this.target = target;
        this.fieldPrefix = fieldPrefix;
    }

    /** A view that adds to this collector, naming fields below {@code prefix} (e.g. {@code "doc."}). */
    public ProblemCollector prefixed(String prefix) {
        return new ProblemCollector(this, prefix);
    }

    public void add(Path file, long line, String message) {
        add(InputProblem.at(file, line, message));
    }

    public void add(Path file, long line, String field, String message) {
        add(InputProblem.at(file, line, field, message));
    }

    public void add(InputProblem problem) {
        if (target != null) {
            String field = problem.field() == null ? fieldPrefix.replaceAll("\\.$", "") : fieldPrefix + problem.field();
            target.add(InputProblem.at(problem.file(), problem.line(), field, problem.message()));
            return;
        }
        if (problems.size() < LIMIT) {
            problems.add(problem);
        } else {
            dropped++;
        }
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    /** Throws everything gathered so far, if anything. */
    public void throwIfAny() {
        if (problems.isEmpty()) {
            return;
        }
        List<InputProblem> all = new ArrayList<>(problems);
        if (dropped > 0) {
            InputProblem last = problems.get(problems.size() - 1);
            all.add(InputProblem.at(last.file(), last.line(), "... and " + dropped + " more problems"));
        }
        throw new InputProblemException(all);
    }
}
