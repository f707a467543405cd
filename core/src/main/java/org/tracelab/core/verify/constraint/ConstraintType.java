package org.tracelab.core.verify.constraint;

import java.util.List;
import java.util.Optional;

/**
 * A kind of constraint the verifier knows: its id, typed kwargs, how to build the instruction, and what the
 * runner and the composer need to know about it. A pack of types registers in one place (for example
 * {@code IfevalConstraints.register(builder)}); {@code BuiltInConstraints} lists the packs.
 *
 * <p>Implementations are immutable and thread-safe. {@link ConstraintDefinition} covers the usual case.
 */
public interface ConstraintType {

    /** The instruction id, e.g. {@code length_constraints:number_words}; unique in a registry. */
    String id();

    ConstraintFamily family();

    /** A short readable name for tables and facets, e.g. "Word count". */
    String displayName();

    /** The kwargs it takes; the registry rejects any other and checks each one's kind before {@link #create}. */
    List<KwargSpec> kwargs();

    /** Whether {@code full_pcl} patches ({@link RepairClass#LOCAL}) or regenerates an answer that breaks it. */
    RepairClass repairClass();

    /**
     * The instruction for these kwargs, which the registry has already checked against {@link #kwargs()}.
     *
     * @throws InvalidInstructionException for values out of range, bad patterns or schemas
     */
    Instruction create(Kwargs kwargs) throws InvalidInstructionException;

    /**
     * Flags marking {@code instruction} (built by this type) impossible within {@code context}, e.g.
     * {@code infeasible:length_vs_max_tokens} for more words than the token limit allows. Only clear cases:
     * a flag means "impossible", not "hard".
     */
    default List<String> feasibilityFlags(Instruction instruction, FeasibilityContext context) {
        return List.of();
    }

    /** How the task composer draws kwargs for this type; empty when it cannot (the kwargs need a person). */
    default Optional<KwargsSampler> sampler() {
        return Optional.empty();
    }
}
