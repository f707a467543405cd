package org.tracelab.core.verify.constraint;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.PatternSyntaxException;

/**
 * Every constraint type the verifier knows, by id, and the declared conflicts between them. Immutable and
 * thread-safe: built once in the composition root ({@code BuiltInConstraints.registry()}) and passed down.
 */
public final class ConstraintRegistry {

    /** How many known ids an "unknown id" message suggests. */
    static final int SUGGESTIONS = 3;

    private final SortedMap<String, ConstraintType> types;
    private final List<ConstraintConflict> conflicts;

    private ConstraintRegistry(SortedMap<String, ConstraintType> types, List<ConstraintConflict> conflicts) {
        this.types = Collections.unmodifiableSortedMap(types);
        this.conflicts = List.copyOf(conflicts);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Optional<ConstraintType> find(String id) {
        return Optional.ofNullable(types.get(id));
    }

    /**
     * The type with this id.
     *
     * @throws InvalidInstructionException (field {@code instruction_id_list}) naming the nearest known ids
     */
    public ConstraintType type(String id) throws InvalidInstructionException {
        ConstraintType type = types.get(id);
        if (type == null) {
            throw new InvalidInstructionException(
                    "instruction_id_list",
                    "unknown instruction id \"" + id + "\"; the nearest known are "
                            + NearestNames.phrase(id, types.keySet(), SUGGESTIONS));
        }
        return type;
    }

    /** The registered ids, sorted. */
    public SortedSet<String> ids() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(types.keySet()));
    }

    /** The registered types, sorted by id. */
    public Collection<ConstraintType> types() {
        return types.values();
    }

    /** The ids of one family, sorted. */
    public SortedSet<String> ids(ConstraintFamily family) {
        TreeSet<String> ids = new TreeSet<>();
        types.values().stream().filter(t -> t.family() == family).forEach(t -> ids.add(t.id()));
        return Collections.unmodifiableSortedSet(ids);
    }

    /**
     * The instruction for {@code id} and its kwargs: null-valued kwargs dropped, unknown or missing ones and
     * values of the wrong kind rejected, then the type's own checks (ranges, patterns).
     *
     * @param kwargs the kwargs object as given, or null for none
     * @throws InvalidInstructionException naming the field ({@code instruction_id_list} or {@code kwargs.NAME})
     */
    public Instruction create(String id, JsonNode kwargs) throws InvalidInstructionException {
        ConstraintType type = type(id);
        Kwargs typed = Kwargs.validated(id, kwargs, type.kwargs());
        Instruction instruction;
        try {
            instruction = type.create(typed);
        } catch (PatternSyntaxException e) {
            throw new InvalidInstructionException(
                    "kwargs",
                    "\"" + e.getPattern() + "\" is not a valid pattern for " + id + ": " + e.getDescription());
        }
        if (!instruction.id().equals(id)) {
            throw new IllegalStateException("type " + id + " built an instruction with id " + instruction.id());
        }
        return instruction;
    }

    /** The declared conflicts, in registration order. */
    public List<ConstraintConflict> conflicts() {
        return conflicts;
    }

    /** The declared conflict between two ids (in either order), if any; an id always conflicts with itself. */
    public Optional<ConstraintConflict> conflictBetween(String a, String b) {
        if (a.equals(b)) {
            return Optional.of(new ConstraintConflict(a, b, "the same constraint type twice"));
        }
        return conflicts.stream().filter(c -> c.involves(a, b)).findFirst();
    }

    /** Collects types and conflicts; a duplicate id or a conflict naming an unknown id is an error. */
    public static final class Builder {

        private final SortedMap<String, ConstraintType> types = new TreeMap<>();
        private final List<ConstraintConflict> conflicts = new ArrayList<>();

        private Builder() {}

        public Builder register(ConstraintType type) {
            if (types.putIfAbsent(type.id(), type) != null) {
                throw new IllegalArgumentException("constraint type " + type.id() + " registered twice");
            }
            return this;
        }

        /** Declares that {@code a} and {@code b} are never asked together, and why. */
        public Builder conflict(String a, String b, String reason) {
            conflicts.add(new ConstraintConflict(a, b, reason));
            return this;
        }

        public ConstraintRegistry build() {
            for (ConstraintConflict conflict : conflicts) {
                for (String id : List.of(conflict.first(), conflict.second())) {
                    if (!types.containsKey(id)) {
                        throw new IllegalStateException("conflict " + conflict.first() + " / " + conflict.second()
                                + " names " + id + ", which is not registered");
                    }
                }
            }
            return new ConstraintRegistry(new TreeMap<>(types), conflicts);
        }
    }
}
