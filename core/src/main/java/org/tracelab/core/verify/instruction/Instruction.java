package org.tracelab.core.verify.instruction;

import org.tracelab.core.verify.AnalyzedText;
import org.tracelab.core.verify.CheckResult;

/**
 * A verifiable instruction: an IFEval id with its typed arguments, and the check the official
 * checker applies (see {@code IFEVAL-SEMANTICS.md} and ADR 0001). Implementations are immutable and
 * thread-safe; {@link #check} must not be given an empty (blank) text, which fails every instruction
 * before any check runs.
 */
public interface Instruction {

    /** The IFEval instruction id, e.g. {@code punctuation:no_comma}. */
    String id();

    CheckResult check(AnalyzedText text);
}
