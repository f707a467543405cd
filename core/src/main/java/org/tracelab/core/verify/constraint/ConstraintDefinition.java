package org.tracelab.core.verify.constraint;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A constraint type given by its parts: the usual way to declare one.
 *
 * <pre>{@code
 * ConstraintDefinition.builder(NoComma.ID, ConstraintFamily.IFEVAL, "No commas", RepairClass.LOCAL)
 *         .create(kwargs -> new NoComma())
 *         .build();
 * }</pre>
 */
public final class ConstraintDefinition implements ConstraintType {

    /** Builds the instruction from validated kwargs. */
    @FunctionalInterface
    public interface Factory {
        Instruction create(Kwargs kwargs) throws InvalidInstructionException;
    }

    /** The feasibility flags of one instruction of this type. */
    @FunctionalInterface
    public interface Feasibility {
        List<String> flags(Instruction instruction, FeasibilityContext context);
    }

    private final String id;
    private final ConstraintFamily family;
    private final String displayName;
    private final RepairClass repairClass;
    private final List<KwargSpec> kwargs;
    private final Factory factory;
    private final Feasibility feasibility;
    private final KwargsSampler sampler;

    private ConstraintDefinition(Builder builder) {
        this.id = builder.id;
        this.family = builder.family;
        this.displayName = builder.displayName;
        this.repairClass = builder.repairClass;
        this.kwargs = List.copyOf(builder.kwargs);
        this.factory = Objects.requireNonNull(builder.factory, "factory of " + builder.id);
        this.feasibility = builder.feasibility;
        this.sampler = builder.sampler;
    }

    public static Builder builder(String id, ConstraintFamily family, String displayName, RepairClass repairClass) {
        return new Builder(id, family, displayName, repairClass);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public ConstraintFamily family() {
        return family;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public List<KwargSpec> kwargs() {
        return kwargs;
    }

    @Override
    public RepairClass repairClass() {
        return repairClass;
    }

    @Override
    public Instruction create(Kwargs kwargs) throws InvalidInstructionException {
        return factory.create(kwargs);
    }

    @Override
    public List<String> feasibilityFlags(Instruction instruction, FeasibilityContext context) {
        return feasibility == null ? List.of() : feasibility.flags(instruction, context);
    }

    @Override
    public Optional<KwargsSampler> sampler() {
        return Optional.ofNullable(sampler);
    }

    @Override
    public String toString() {
        return id;
    }

    /** Collects the parts of one definition. */
    public static final class Builder {

        private final String id;
        private final ConstraintFamily family;
        private final String displayName;
        private final RepairClass repairClass;
        private List<KwargSpec> kwargs = List.of();
        private Factory factory;
        private Feasibility feasibility;
        private KwargsSampler sampler;

        private Builder(String id, ConstraintFamily family, String displayName, RepairClass repairClass) {
            this.id = Objects.requireNonNull(id, "id");
            this.family = Objects.requireNonNull(family, "family");
            this.displayName = Objects.requireNonNull(displayName, "displayName");
            this.repairClass = Objects.requireNonNull(repairClass, "repairClass");
        }

        public Builder kwargs(KwargSpec... specs) {
            this.kwargs = List.of(specs);
            return this;
        }

        public Builder create(Factory factory) {
            this.factory = factory;
            return this;
        }

        public Builder feasibility(Feasibility feasibility) {
            this.feasibility = feasibility;
            return this;
        }

        public Builder sampler(KwargsSampler sampler) {
            this.sampler = sampler;
            return this;
        }

        public ConstraintDefinition build() {
            return new ConstraintDefinition(this);
        }
    }
}
