package org.tracelab.core.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.tracelab.core.io.ProblemCollector;
import org.tracelab.core.verify.constraint.ConstraintLevel;
import org.tracelab.core.verify.constraint.ConstraintRegistry;
import org.tracelab.core.verify.constraint.ConstraintType;
import org.tracelab.core.verify.constraint.Instruction;
import org.tracelab.core.verify.constraint.InvalidInstructionException;
import org.tracelab.core.verify.constraint.Kwargs;
import org.tracelab.core.verify.constraint.NearestNames;
import org.tracelab.core.verify.constraint.RepairClass;
import org.tracelab.core.verify.constraint.RepairPolicy;
import org.tracelab.core.verify.constraint.TaskConstraint;

/**
 * Reads WasmAgent tasks, the short shape and {@code TaskSpec}, into IFEval-shaped tasks (ADR 0016 has the
 * mapping). A task's {@code id} is its key (the line number when absent); its {@code instruction} (a
 * TaskSpec's {@code intent} when it has none) is its prompt, verbatim. Every problem is reported as
 * {@code FILE:LINE: field: problem}, an unknown rule with the nearest known names.
 */
final class WasmAgentTaskParser {

    /** WasmAgent's repair strategies (and Tracelab's own names) as repair classes. */
    private static final Map<String, RepairClass> STRATEGIES = Map.of(
            "patch", RepairClass.LOCAL,
            "insert_section", RepairClass.LOCAL,
            "regenerate_region", RepairClass.STRUCTURAL,
            "regenerate", RepairClass.STRUCTURAL,
            "full", RepairClass.STRUCTURAL);
    /** Named priorities, most urgent first. */
    private static final List<String> PRIORITY_NAMES = List.of("critical", "high", "medium", "low");
    /** A category not in the priority hierarchy, or a constraint without priority, comes after every listed one. */
    private static final int UNRANKED = 999_999;

    private final ConstraintRegistry registry;

    WasmAgentTaskParser(ConstraintRegistry registry) {
        this.registry = registry;
    }

    /** One task in the short shape, or null after reporting its problems. */
    IfevalTask parseShort(Path file, long line, JsonNode object, ProblemCollector problems) {
        Common common = common(file, line, object, problems);
        if (common == null) {
            return null;
        }
        Builder task = new Builder(common);
        for (int i = 0; i < common.constraints().size(); i++) {
            JsonNode constraint = common.constraints().get(i);
            String at = "constraints[" + i + "]";
            if (!constraint.isObject()) {
                problems.add(file, line, at, "must be an object {\"type\", \"rule\", \"value\"}");
                return null;
            }
            if (!text(file, line, constraint, at + ".type", "type", problems)
                    || !text(file, line, constraint, at + ".rule", "rule", problems)) {
                return null;
            }
            String rule = constraint.get("rule").textValue();
            if (!task.add(
                    file,
                    line,
                    at + ".rule",
                    at + ".value",
                    rule,
                    constraint.get("value"),
                    ConstraintLevel.HARD,
                    null,
                    UNRANKED,
                    OptionalInt.empty(),
                    problems)) {
                return null;
            }
        }
        return task.build(OptionalInt.empty());
    }

    /** One {@code TaskSpec}, or null after reporting its problems. */
    IfevalTask parseTaskSpec(Path file, long line, JsonNode object, ProblemCollector problems) {
        Common common = common(file, line, object, problems);
        if (common == null) {
            return null;
        }
        List<String> hierarchy = new ArrayList<>();
        JsonNode order = object.get("priority_hierarchy");
        if (order != null && !order.isNull()) {
            if (!order.isArray()) {
                problems.add(file, line, "priority_hierarchy", "must be a list of categories, most important first");
                return null;
            }
            order.forEach(category -> hierarchy.add(category.asText()));
        }
        OptionalInt maxRounds = OptionalInt.empty();
        RepairClass defaultClass = null;
        JsonNode repair = object.get("repair");
        if (repair != null && !repair.isNull()) {
            if (!repair.isObject()) {
                problems.add(file, line, "repair", "must be an object {\"max_rounds\", \"default_strategy\"}");
                return null;
            }
            Optional<OptionalInt> rounds = rounds(file, line, repair, "repair.max_rounds", problems);
            Optional<Optional<RepairClass>> strategy =
                    strategy(file, line, repair.get("default_strategy"), "repair.default_strategy", problems);
            if (rounds.isEmpty() || strategy.isEmpty()) {
                return null;
            }
            maxRounds = rounds.get();
            defaultClass = strategy.get().orElse(null);
        }
        Builder task = new Builder(common);
        for (int i = 0; i < common.constraints().size(); i++) {
            JsonNode constraint = common.constraints().get(i);
            String at = "constraints[" + i + "]";
            if (!constraint.isObject()) {
                problems.add(file, line, at, "must be a ConstraintIR object");
                return null;
            }
            if (!text(file, line, constraint, at + ".verify_method", "verify_method", problems)) {
                return null;
            }
            ConstraintLevel level = ConstraintLevel.HARD;
            JsonNode levelNode = constraint.get("level");
            if (levelNode != null && !levelNode.isNull()) {
                Optional<ConstraintLevel> parsed = levelNode.isTextual()
                        ? ConstraintLevel.fromWireName(levelNode.textValue().toLowerCase(Locale.ROOT))
                        : Optional.empty();
                if (parsed.isEmpty()) {
                    problems.add(file, line, at + ".level", "must be \"hard\" or \"soft\", got " + levelNode);
                    return null;
                }
                level = parsed.get();
            }
            OptionalInt priority = priority(file, line, constraint.get("priority"), at + ".priority", problems);
            if (priority == null) {
                return null;
            }
            JsonNode category = constraint.get("category");
            int categoryRank = category == null || !hierarchy.contains(category.asText())
                    ? hierarchy.size()
                    : hierarchy.indexOf(category.asText());
            int rank = categoryRank * (UNRANKED + 1) + priority.orElse(UNRANKED);
            RepairClass hint = defaultClass;
            OptionalInt constraintRounds = OptionalInt.empty();
            JsonNode constraintRepair = constraint.get("repair");
            if (constraintRepair != null && !constraintRepair.isNull()) {
                if (!constraintRepair.isObject()) {
                    problems.add(
                            file,
                            line,
                            at + ".repair",
                            "must be an object {\"strategy\", \"target_region\", " + "\"max_rounds\"}");
                    return null;
                }
                Optional<Optional<RepairClass>> strategy =
                        strategy(file, line, constraintRepair.get("strategy"), at + ".repair.strategy", problems);
                Optional<OptionalInt> rounds =
                        rounds(file, line, constraintRepair, at + ".repair.max_rounds", problems);
                if (strategy.isEmpty() || rounds.isEmpty()) {
                    return null;
                }
                hint = strategy.get().orElse(hint);
                constraintRounds = rounds.get();
            }
            if (!task.add(
                    file,
                    line,
                    at + ".verify_method",
                    at + ".arg",
                    constraint.get("verify_method").textValue(),
                    constraint.get("arg"),
                    level,
                    hint,
                    rank,
                    constraintRounds,
                    problems)) {
                return null;
            }
        }
        return task.build(maxRounds);
    }

    /** What both shapes share: key, prompt and the constraints array. */
    private record Common(JsonNode key, String prompt, List<JsonNode> constraints) {}

    private static Common common(Path file, long line, JsonNode object, ProblemCollector problems) {
        JsonNode id = object.get("id");
        JsonNode key;
        if (id == null || id.isNull()) {
            key = TextNode.valueOf(Long.toString(line));
        } else if (id.isTextual() || id.isIntegralNumber()) {
            key = TextNode.valueOf(id.asText());
        } else {
            problems.add(file, line, "id", "must be a string");
            return null;
        }
        JsonNode instruction = object.get("instruction");
        String promptField = "instruction";
        if (instruction == null || instruction.isNull()) {
            instruction = object.get("intent");
            promptField = "intent";
        }
        if (instruction == null || instruction.isNull()) {
            problems.add(
                    file,
                    line,
                    "instruction",
                    "missing: a WasmAgent task needs \"instruction\" (or a TaskSpec's " + "\"intent\"), its prompt");
            return null;
        }
        if (!instruction.isTextual() || instruction.textValue().isBlank()) {
            problems.add(file, line, promptField, "must be a non-empty string");
            return null;
        }
        JsonNode constraints = object.get("constraints");
        if (constraints == null || !constraints.isArray() || constraints.isEmpty()) {
            problems.add(
                    file,
                    line,
                    "constraints",
                    constraints == null ? "missing" : "must be a non-empty list of constraints");
            return null;
        }
        List<JsonNode> list = new ArrayList<>();
        constraints.forEach(list::add);
        return new Common(key, instruction.textValue(), list);
    }

    /** Collects one task's constraints. */
    private final class Builder {

        private final Common common;
        private final List<String> ids = new ArrayList<>();
        private final List<JsonNode> kwargs = new ArrayList<>();
        private final List<TaskConstraint> constraints = new ArrayList<>();

        Builder(Common common) {
            this.common = common;
        }

        /** Maps and builds one constraint; false after reporting a problem. */
        boolean add(
                Path file,
                long line,
                String ruleField,
                String valueField,
                String rule,
                JsonNode value,
                ConstraintLevel level,
                RepairClass hint,
                int rank,
                OptionalInt maxRounds,
                ProblemCollector problems) {
            Optional<WasmAgentRules.Mapped> mapped;
            try {
                mapped = WasmAgentRules.map(rule, value, common.prompt(), registry);
            } catch (WasmAgentRules.ValueException e) {
                problems.add(file, line, valueField, e.getMessage() + " (rule " + rule + ")");
                return false;
            }
            if (mapped.isEmpty()) {
                problems.add(
                        file,
                        line,
                        ruleField,
                        "unknown rule \"" + rule + "\" (no registry equivalent); the nearest " + "known are "
                                + NearestNames.phrase(rule, WasmAgentRules.knownNames(registry), 3));
                return false;
            }
            String id = mapped.get().id();
            ObjectNode args = mapped.get().kwargs();
            try {
                ConstraintType type = registry.type(id);
                Instruction instruction = registry.create(id, args);
                RepairClass repairClass = hint == null ? type.repairClass() : hint;
                constraints.add(
                        new TaskConstraint(type, instruction, level, new RepairPolicy(repairClass, rank, maxRounds)));
            } catch (InvalidInstructionException e) {
                String kwarg = e.field().startsWith("kwargs.") ? " " + e.field().substring("kwargs.".length()) : "";
                problems.add(file, line, valueField, id + kwarg + ": " + e.getMessage());
                return false;
            }
            ids.add(id);
            kwargs.add(Kwargs.withoutNulls(args));
            return true;
        }

        IfevalTask build(OptionalInt maxRounds) {
            return new IfevalTask(common.key(), common.prompt(), ids, kwargs, constraints, maxRounds, null);
        }
    }

    private static boolean text(
            Path file, long line, JsonNode object, String field, String name, ProblemCollector problems) {
        JsonNode value = object.get(name);
        if (value == null || !value.isTextual() || value.textValue().isBlank()) {
            problems.add(file, line, field, value == null ? "missing" : "must be a non-empty string");
            return false;
        }
        return true;
    }

    /** The strategy's repair class (empty when absent); an empty outer Optional after reporting a problem. */
    private static Optional<Optional<RepairClass>> strategy(
            Path file, long line, JsonNode value, String field, ProblemCollector problems) {
        if (value == null || value.isNull()) {
            return Optional.of(Optional.empty());
        }
        RepairClass repairClass = value.isTextual() ? STRATEGIES.get(value.textValue()) : null;
        if (repairClass == null) {
            problems.add(
                    file,
                    line,
                    field,
                    "unknown strategy " + value + "; the nearest known are "
                            + NearestNames.phrase(
                                    value.asText(),
                                    STRATEGIES.keySet().stream().sorted().toList(),
                                    3));
            return Optional.empty();
        }
        return Optional.of(Optional.of(repairClass));
    }

    private static Optional<OptionalInt> rounds(
            Path file, long line, JsonNode repair, String field, ProblemCollector problems) {
        JsonNode value = repair.get("max_rounds");
        if (value == null || value.isNull()) {
            return Optional.of(OptionalInt.empty());
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < 0) {
            problems.add(file, line, field, "must be a whole number, 0 or more, got " + value);
            return Optional.empty();
        }
        return Optional.of(OptionalInt.of(value.intValue()));
    }

    /** The priority as a number (lower first), empty when absent; null after reporting a problem. */
    private static OptionalInt priority(Path file, long line, JsonNode value, String field, ProblemCollector problems) {
        if (value == null || value.isNull()) {
            return OptionalInt.empty();
        }
        if (value.isIntegralNumber()
                && value.canConvertToInt()
                && value.intValue() >= 0
                && value.intValue() < UNRANKED) {
            return OptionalInt.of(value.intValue());
        }
        if (value.isTextual() && PRIORITY_NAMES.contains(value.textValue().toLowerCase(Locale.ROOT))) {
            return OptionalInt.of(PRIORITY_NAMES.indexOf(value.textValue().toLowerCase(Locale.ROOT)));
        }
        problems.add(
                file,
                line,
                field,
                "must be a whole number (lower first) or one of critical, high, medium, low; " + "got " + value);
        return null;
    }
}
