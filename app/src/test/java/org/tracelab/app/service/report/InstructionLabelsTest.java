package org.tracelab.app.service.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tracelab.core.verify.BuiltInConstraints;
import org.tracelab.core.verify.constraint.ConstraintFamily;
import org.tracelab.core.verify.constraint.ConstraintRegistry;
import org.tracelab.core.verify.constraint.ConstraintType;

/** Readable names and benchmarks for instruction ids, as Results and the Explorer show them. */
class InstructionLabelsTest {

    private static final ConstraintRegistry REGISTRY = BuiltInConstraints.registry();
    private final InstructionLabels labels = new InstructionLabels(REGISTRY);

    @Test
    void namesEachIdByItsTypeAndBenchmark() {
        assertThat(labels.of("punctuation:no_comma"))
                .isEqualTo(new InstructionLabel("punctuation:no_comma", "No commas", ConstraintFamily.IFEVAL));
        assertThat(labels.of("rule:word_count").name()).isEqualTo("Word count (range)");
        assertThat(labels.of("rule:word_count").benchmark()).isEqualTo("Custom");
        assertThat(labels.of("count:keywords_multiple").benchmark()).isEqualTo("IFBench");
        assertThat(labels.of("punctuation:no_comma").benchmark()).isEqualTo("IFEval");
    }

    @Test
    void anIdTheRegistryDoesNotKnowIsShownAsItselfAmongTheCustomOnes() {
        assertThat(labels.of("legacy:retired_rule"))
                .isEqualTo(new InstructionLabel("legacy:retired_rule", "legacy:retired_rule", ConstraintFamily.CUSTOM));
    }

    @Test
    void everyBuiltInNameIsReadableAndUniqueWithinItsBenchmark() {
        for (ConstraintFamily family : ConstraintFamily.values()) {
            Set<String> names = new HashSet<>();
            for (ConstraintType type : REGISTRY.types()) {
                if (type.family() == family) {
                    assertThat(type.displayName()).as(type.id()).isNotBlank().isNotEqualTo(type.id());
                    assertThat(names.add(type.displayName()))
                            .as(family + ": " + type.displayName())
                            .isTrue();
                }
            }
        }
    }

    @Test
    void groupsIdsByBenchmarkInOrderIfevalIfbenchCustomAndByNameWithin() {
        List<InstructionLabels.Group> groups = labels.group(List.of(
                "rule:word_count",
                "count:keywords_multiple",
                "punctuation:no_comma",
                "detectable_format:title",
                "legacy:retired_rule",
                "punctuation:no_comma",
                "rule:contains"));

        assertThat(groups)
                .extracting(InstructionLabels.Group::benchmark)
                .containsExactly("IFEval", "IFBench", "Custom");
        assertThat(groups.get(0).labels())
                .extracting(InstructionLabel::name)
                .containsExactly("No commas", "Title in <<double angular brackets>>");
        assertThat(groups.get(1).labels()).extracting(InstructionLabel::id).containsExactly("count:keywords_multiple");
        assertThat(groups.get(2).labels())
                .extracting(InstructionLabel::name)
                .containsExactly("Contains phrases", "legacy:retired_rule", "Word count (range)");
        assertThat(labels.group(List.of())).isEmpty();
    }
}
