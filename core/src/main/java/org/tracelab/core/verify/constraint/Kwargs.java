package org.tracelab.core.verify.constraint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * A validated, typed view of one instruction's kwargs object. Entries whose value is JSON {@code null} are
 * dropped first (the Hugging Face copy of IFEval, and IFBench, write unused kwargs so). Every accessor throws
 * {@link InvalidInstructionException} with the field {@code kwargs.<name>} and a problem a person can act on.
 */
public final class Kwargs {

    private final String constraintId;
    private final ObjectNode values;

    private Kwargs(String constraintId, ObjectNode values) {
        this.constraintId = constraintId;
        this.values = values;
    }

    /**
     * The kwargs of {@code constraintId} checked against its specs: no unknown names, every required one
     * present, every value of its declared kind.
     *
     * @param kwargs a JSON object, or null / JSON null for none
     */
    public static Kwargs validated(String constraintId, JsonNode kwargs, List<KwargSpec> specs)
            throws InvalidInstructionException {
        if (kwargs != null && !kwargs.isNull() && !kwargs.isObject()) {
            throw new InvalidInstructionException(
                    "kwargs",
                    "must be an object, got " + kwargs.getNodeType().name().toLowerCase(Locale.ROOT));
        }
        ObjectNode values = withoutNulls(kwargs);
        List<String> unexpected = new ArrayList<>();
        values.fieldNames().forEachRemaining(name -> {
            if (specs.stream().noneMatch(spec -> spec.name().equals(name))) {
                unexpected.add(name);
            }
        });
        if (!unexpected.isEmpty()) {
            List<String> names = specs.stream().map(KwargSpec::name).toList();
            throw new InvalidInstructionException(
                    "kwargs." + unexpected.get(0),
                    "unexpected kwarg for " + constraintId
                            + (names.isEmpty() ? " (it takes none)" : " (it takes " + String.join(", ", names) + ")"));
        }
        Kwargs typed = new Kwargs(constraintId, values);
        for (KwargSpec spec : specs) {
            JsonNode value = values.get(spec.name());
            if (value == null) {
                if (spec.required()) {
                    throw typed.missing(spec.name());
                }
            } else if (!spec.kind().accepts(value)) {
                throw typed.wrongKind(spec.name(), spec.kind(), value);
            }
        }
        return typed;
    }

    /** Kwargs taken as given, without specs (for tests and for types that validate everything themselves). */
    public static Kwargs of(String constraintId, JsonNode kwargs) {
        return new Kwargs(constraintId, withoutNulls(kwargs));
    }

    /** A copy of a kwargs object without its {@code null} entries (an empty object for null or non-objects). */
    public static ObjectNode withoutNulls(JsonNode kwargs) {
        ObjectNode copy = JsonNodeFactory.instance.objectNode();
        if (kwargs != null && kwargs.isObject()) {
            kwargs.fields().forEachRemaining(entry -> {
                if (!entry.getValue().isNull()) {
                    copy.set(entry.getKey(), entry.getValue());
                }
            });
        }
        return copy;
    }

    /** The id of the constraint type these kwargs are for. */
    public String constraintId() {
        return constraintId;
    }

    /** The kwargs object without null entries (a copy). */
    public ObjectNode json() {
        return values.deepCopy();
    }

    public boolean has(String name) {
        return values.has(name);
    }

    public String string(String name) throws InvalidInstructionException {
        return text(name, required(name), KwargKind.STRING);
    }

    public int integer(String name) throws InvalidInstructionException {
        return integral(name, required(name));
    }

    public double number(String name) throws InvalidInstructionException {
        JsonNode value = required(name);
        if (!value.isNumber()) {
            throw wrongKind(name, KwargKind.NUMBER, value);
        }
        return value.doubleValue();
    }

    public List<String> strings(String name) throws InvalidInstructionException {
        JsonNode value = required(name);
        if (!KwargKind.STRING_LIST.accepts(value)) {
            throw wrongKind(name, KwargKind.STRING_LIST, value);
        }
        List<String> strings = new ArrayList<>(value.size());
        value.forEach(element -> strings.add(element.textValue()));
        return List.copyOf(strings);
    }

    public boolean bool(String name) throws InvalidInstructionException {
        JsonNode value = required(name);
        if (!value.isBoolean()) {
            throw wrongKind(name, KwargKind.BOOLEAN, value);
        }
        return value.booleanValue();
    }

    public Relation relation(String name) throws InvalidInstructionException {
        String phrase = text(name, required(name), KwargKind.RELATION);
        return Relation.fromPhrase(phrase)
                .orElseThrow(() -> new InvalidInstructionException(
                        "kwargs." + name,
                        "unknown relation \"" + phrase + "\" (expected \"less than\" or \"at least\")"));
    }

    /** The value as given (any JSON); for objects such as a JSON Schema. */
    public JsonNode raw(String name) throws InvalidInstructionException {
        return required(name).deepCopy();
    }

    public Optional<String> optionalString(String name) throws InvalidInstructionException {
        return has(name) ? Optional.of(string(name)) : Optional.empty();
    }

    public OptionalInt optionalInteger(String name) throws InvalidInstructionException {
        return has(name) ? OptionalInt.of(integer(name)) : OptionalInt.empty();
    }

    public OptionalDouble optionalNumber(String name) throws InvalidInstructionException {
        return has(name) ? OptionalDouble.of(number(name)) : OptionalDouble.empty();
    }

    /** {@code bool(name)} when given, else {@code otherwise}. */
    public boolean bool(String name, boolean otherwise) throws InvalidInstructionException {
        return has(name) ? bool(name) : otherwise;
    }

    /** An error about the kwarg {@code name}, for checks a type makes beyond the kind (ranges, patterns). */
    public InvalidInstructionException problem(String name, String problem) {
        return new InvalidInstructionException("kwargs." + name, problem);
    }

    private JsonNode required(String name) throws InvalidInstructionException {
        JsonNode value = values.get(name);
        if (value == null) {
            throw missing(name);
        }
        return value;
    }

    private String text(String name, JsonNode value, KwargKind kind) throws InvalidInstructionException {
        if (!value.isTextual()) {
            throw wrongKind(name, kind, value);
        }
        return value.textValue();
    }

    private int integral(String name, JsonNode value) throws InvalidInstructionException {
        if (!KwargKind.INTEGER.accepts(value)) {
            throw wrongKind(name, KwargKind.INTEGER, value);
        }
        return value.intValue();
    }

    private InvalidInstructionException missing(String name) {
        return new InvalidInstructionException("kwargs." + name, "missing, required by " + constraintId);
    }

    private InvalidInstructionException wrongKind(String name, KwargKind kind, JsonNode value) {
        return new InvalidInstructionException(
                "kwargs." + name, "must be " + kind.describe() + ", got " + describe(value));
    }

    private static String describe(JsonNode value) {
        String text = value.toString();
        return value.getNodeType().name().toLowerCase(Locale.ROOT) + " "
                + (text.length() > 40 ? text.substring(0, 37) + "..." : text);
    }

    @Override
    public String toString() {
        return constraintId + " " + values;
    }
}
