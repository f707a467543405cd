package org.tracelab.core.verify.declarative;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaException;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tracelab.core.verify.constraint.AnalyzedText;
import org.tracelab.core.verify.constraint.CheckResult;
import org.tracelab.core.verify.constraint.Instruction;
import org.tracelab.core.verify.constraint.InvalidInstructionException;
import org.tracelab.core.verify.constraint.Kwargs;
import org.tracelab.core.verify.text.PythonStrings;
import org.tracelab.core.verify.text.Span;

/**
 * {@code rule:json_schema}: the response, or the first fenced code block in it, is one JSON value that validates
 * against the given JSON Schema (draft 2020-12 unless the schema's {@code $schema} names draft 4, 6, 7 or
 * 2019-09), checked with the networknt validator the portable records already use. The schema is checked
 * against its meta-schema when the task file is read; only local references ({@code #...}) are allowed, so
 * verification never reaches the network.
 *
 * @param source where the JSON is taken from
 */
record JsonSchemaRule(JsonNode schemaNode, Schema schema, Source source) implements Instruction {

    static final String ID = "rule:json_schema";
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    /** An opening fence (optionally labelled json), the block, the closing fence. */
    private static final Pattern FENCED = Pattern.compile(
            "(?m)^[ \\t]*```[ \\t]*(?:json|JSON|Json)?[ \\t]*\\r?$\\n?(.*?)^[ \\t]*```[ \\t]*\\r?$", Pattern.DOTALL);

    private static final Map<String, SpecificationVersion> DIALECTS = Map.of(
            "https://json-schema.org/draft/2020-12/schema", SpecificationVersion.DRAFT_2020_12,
            "https://json-schema.org/draft/2019-09/schema", SpecificationVersion.DRAFT_2019_09,
            "http://json-schema.org/draft-07/schema", SpecificationVersion.DRAFT_7,
            "http://json-schema.org/draft-06/schema", SpecificationVersion.DRAFT_6,
            "http://json-schema.org/draft-04/schema", SpecificationVersion.DRAFT_4);
    private static final int ERRORS_SHOWN = 3;

    /** Where the JSON to validate comes from. */
    enum Source {
        /** The first fenced code block when the response has one, else the whole response. */
        AUTO,
        /** The whole response (surrounding whitespace ignored). */
        RESPONSE,
        /** The first fenced code block; a response without one fails. */
        FENCED_BLOCK;

        static Optional<Source> fromWireName(String name) {
            for (Source source : values()) {
                if (source.name().toLowerCase(Locale.ROOT).equals(name)) {
                    return Optional.of(source);
                }
            }
            return Optional.empty();
        }
    }

    static JsonSchemaRule of(Kwargs kwargs) throws InvalidInstructionException {
        JsonNode schemaNode = kwargs.raw("schema");
        String sourceName = kwargs.optionalString("source").orElse("auto");
        Source source = Source.fromWireName(sourceName)
                .orElseThrow(() -> kwargs.problem(
                        "source", "unknown source \"" + sourceName + "\" (expected auto, response or fenced_block)"));
        String remote = remoteReference(schemaNode);
        if (remote != null) {
            throw kwargs.problem("schema", "only local references (\"#...\") are allowed, found \"" + remote + "\"");
        }
        SpecificationVersion version = SpecificationVersion.DRAFT_2020_12;
        JsonNode declared = schemaNode.get("$schema");
        if (declared != null) {
            String uri = declared.asText().replaceFirst("#$", "");
            version = DIALECTS.get(uri);
            if (version == null) {
                throw kwargs.problem(
                        "schema",
                        "unsupported $schema \"" + declared.asText()
                                + "\" (supported: drafts 4, 6, 7, 2019-09, 2020-12)");
            }
        }
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(version);
        List<Error> metaErrors =
                registry.getSchema(SchemaLocation.of(metaSchemaUri(version))).validate(schemaNode);
        if (!metaErrors.isEmpty()) {
            throw kwargs.problem("schema", "not a valid JSON Schema: " + describe(metaErrors));
        }
        try {
            return new JsonSchemaRule(schemaNode, registry.getSchema(schemaNode), source);
        } catch (SchemaException e) {
            throw kwargs.problem("schema", "not a usable JSON Schema: " + e.getMessage());
        }
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CheckResult check(AnalyzedText text) {
        String s = text.text();
        Span json = locate(text);
        if (json == null) {
            return CheckResult.fail("no fenced code block with the JSON");
        }
        JsonNode value;
        try {
            value = JSON.readTree(json.of(s));
        } catch (JsonProcessingException e) {
            return CheckResult.fail(List.of(json), "not valid JSON: " + e.getOriginalMessage());
        }
        if (value == null || value.isMissingNode()) {
            return CheckResult.fail(List.of(json), "no JSON value");
        }
        List<Error> errors = schema.validate(value);
        return errors.isEmpty()
                ? CheckResult.pass("the JSON validates against the schema")
                : CheckResult.fail(List.of(json), "the JSON breaks the schema: " + describe(errors));
    }

    /** The span of the JSON text to validate, or null when it must come from a fenced block and there is none. */
    private Span locate(AnalyzedText text) {
        String s = text.text();
        if (source != Source.RESPONSE) {
            Matcher block = FENCED.matcher(s);
            if (block.find()) {
                return trimmed(s, block.start(1), block.end(1));
            }
            if (source == Source.FENCED_BLOCK) {
                return null;
            }
        }
        return trimmed(s, 0, s.length());
    }

    private static Span trimmed(String s, int start, int end) {
        String part = s.substring(start, end);
        int from = start + PythonStrings.stripStart(part);
        int to = start + PythonStrings.stripEnd(part, 0);
        return to < from ? new Span(from, from) : new Span(from, to);
    }

    private static String describe(List<Error> errors) {
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < Math.min(ERRORS_SHOWN, errors.size()); i++) {
            shown.add(errors.get(i).getMessage());
        }
        return String.join("; ", shown)
                + (errors.size() > ERRORS_SHOWN ? " (and " + (errors.size() - ERRORS_SHOWN) + " more)" : "");
    }

    private static String metaSchemaUri(SpecificationVersion version) {
        return DIALECTS.entrySet().stream()
                .filter(e -> e.getValue() == version)
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow();
    }

    /** The first {@code $ref}, {@code $dynamicRef} or {@code $recursiveRef} that is not local, or null. */
    private static String remoteReference(JsonNode node) {
        if (node.isObject()) {
            for (String keyword : List.of("$ref", "$dynamicRef", "$recursiveRef")) {
                JsonNode ref = node.get(keyword);
                if (ref != null && ref.isTextual() && !ref.textValue().startsWith("#")) {
                    return ref.textValue();
                }
            }
        }
        for (JsonNode child : node) {
            String found = remoteReference(child);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    @Override
    public String restatement() {
        String where = switch (source) {
            case AUTO -> "Your response (or the JSON code block in it)";
            case RESPONSE -> "Your entire response";
            case FENCED_BLOCK -> "The JSON code block in your response";
        };
        return where + " must be JSON that follows this JSON Schema: " + schemaNode + ".";
    }
}
