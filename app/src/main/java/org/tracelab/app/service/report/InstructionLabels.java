package org.tracelab.app.service.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.tracelab.core.verify.BuiltInConstraints;
import org.tracelab.core.verify.constraint.ConstraintFamily;
import org.tracelab.core.verify.constraint.ConstraintRegistry;
import org.tracelab.core.verify.constraint.ConstraintType;

/**
 * Readable names for instruction ids, grouped by benchmark (IFEval, IFBench, custom), from the constraint registry:
 * what Results and the Explorer show instead of bare ids. Immutable and thread-safe.
 */
public final class InstructionLabels {

    /** One benchmark's ids, in display order. */
    public record Group(ConstraintFamily family, List<InstructionLabel> labels) {

        public Group {
            Objects.requireNonNull(family, "family");
            labels = List.copyOf(labels);
        }

        public String benchmark() {
            return InstructionLabels.benchmark(family);
        }
    }

    private final ConstraintRegistry registry;

    public InstructionLabels(ConstraintRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    /** The labels of Tracelab's built-in constraint types. */
    public static InstructionLabels builtIn() {
        return new InstructionLabels(BuiltInConstraints.registry());
    }

    /** How a benchmark (constraint family) is named in tables and facets. */
    public static String benchmark(ConstraintFamily family) {
        return switch (family) {
            case IFEVAL -> "IFEval";
            case IFBENCH -> "IFBench";
            case CUSTOM -> "Custom";
        };
    }

    /** The id's label; an id the registry does not know (an older store, an import) is shown as itself, custom. */
    public InstructionLabel of(String id) {
        return registry.find(id)
                .map(InstructionLabels::label)
                .orElseGet(() -> new InstructionLabel(id, id, ConstraintFamily.CUSTOM));
    }

    /** IFEval first, then IFBench, then custom; by name within a benchmark, then by id. */
    public Comparator<String> order() {
        Comparator<InstructionLabel> byLabel = Comparator.comparing(InstructionLabel::family)
                .thenComparing(label -> label.name().toLowerCase(Locale.ROOT))
                .thenComparing(InstructionLabel::id);
        return Comparator.comparing(this::of, byLabel);
    }

    /** The distinct ids grouped by benchmark, groups and ids in {@link #order()}; empty groups left out. */
    public List<Group> group(Collection<String> ids) {
        Map<ConstraintFamily, List<InstructionLabel>> byFamily = new EnumMap<>(ConstraintFamily.class);
        new LinkedHashSet<>(ids)
                .stream()
                        .sorted(order())
                        .map(this::of)
                        .forEach(label -> byFamily.computeIfAbsent(label.family(), family -> new ArrayList<>())
                                .add(label));
        List<Group> groups = new ArrayList<>();
        byFamily.forEach((family, labels) -> groups.add(new Group(family, labels)));
        return groups;
    }

    private static InstructionLabel label(ConstraintType type) {
        return new InstructionLabel(type.id(), type.displayName(), type.family());
    }
}
