package org.tracelab.core.verify.declarative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracelab.core.verify.declarative.Rules.evidence;
import static org.tracelab.core.verify.declarative.Rules.refused;
import static org.tracelab.core.verify.declarative.Rules.strict;
import static org.tracelab.core.verify.declarative.Rules.verdict;

import org.junit.jupiter.api.Test;
import org.tracelab.core.verify.InstructionVerdict;

class JsonSchemaRuleTest {

    private static final String ID = "rule:json_schema";
    private static final String PERSON = "{\"schema\": {\"type\": \"object\", \"required\": [\"name\", \"age\"], "
            + "\"properties\": {\"name\": {\"type\": \"string\"}, \"age\": {\"type\": \"integer\", \"minimum\": 0}}}}";

    @Test
    void validatesTheWholeResponse() {
        assertThat(strict(ID, PERSON, "  {\"name\": \"Zoë\", \"age\": 31}\n")).isTrue();
    }

    @Test
    void validatesTheFencedBlockWhenThereIsOne() {
        String response = "Here you go:\r\n```json\r\n{\"name\": \"Ada\", \"age\": 36}\r\n```\r\nAnything else?";
        assertThat(strict(ID, PERSON, response)).isTrue();
        String plainFence = "Sure.\n```\n{\"name\": \"Ada\", \"age\": -1}\n```";
        InstructionVerdict v = verdict(ID, PERSON, plainFence);
        assertThat(v.strict()).isFalse();
        assertThat(evidence(v, plainFence)).containsExactly("{\"name\": \"Ada\", \"age\": -1}");
        assertThat(v.explanation()).startsWith("the JSON breaks the schema: ").contains("minimum");
    }

    @Test
    void namesEachBrokenRuleOfTheSchema() {
        InstructionVerdict v = verdict(ID, PERSON, "{\"age\": \"old\"}");
        assertThat(v.strict()).isFalse();
        assertThat(v.explanation()).contains("name").contains("integer");
    }

    @Test
    void proseAroundJsonWithoutAFenceIsNotJson() {
        String response = "The person is {\"name\": \"Ada\", \"age\": 36}.";
        InstructionVerdict v = verdict(ID, PERSON, response);
        assertThat(v.strict()).isFalse();
        assertThat(v.explanation()).startsWith("not valid JSON: ");
        assertThat(evidence(v, response)).containsExactly(response);
    }

    @Test
    void theSourceCanBeFixed() {
        String fenced = "```json\n{\"name\": \"Ada\", \"age\": 36}\n```";
        assertThat(strict(ID, PERSON.replace("}}}}", "}}}, \"source\": \"response\"}"), fenced))
                .isFalse();
        InstructionVerdict noBlock = verdict(
                ID, PERSON.replace("}}}}", "}}}, \"source\": \"fenced_block\"}"), "{\"name\": \"Ada\", \"age\": 36}");
        assertThat(noBlock.strict()).isFalse();
        assertThat(noBlock.explanation()).isEqualTo("no fenced code block with the JSON");
    }

    @Test
    void readsUnicodeAndRejectsTrailingData() {
        String schema = "{\"schema\": {\"type\": \"array\", \"items\": {\"type\": \"string\", \"maxLength\": 2}}}";
        // maxLength counts code points: one emoji is one.
        assertThat(strict(ID, schema, "[\"😀😀\", \"é\"]")).isTrue();
        assertThat(strict(ID, schema, "[\"ab\"] [\"cd\"]")).isFalse();
    }

    @Test
    void refusesAnInvalidSchemaWhenTheTaskIsRead() {
        var badType = refused(ID, "{\"schema\": {\"type\": 5}}");
        assertThat(badType.field()).isEqualTo("kwargs.schema");
        assertThat(badType.getMessage()).startsWith("not a valid JSON Schema: ");
        assertThat(refused(ID, "{\"schema\": {\"minimum\": \"x\"}}").getMessage())
                .startsWith("not a valid JSON Schema");
        assertThat(refused(ID, "{\"schema\": \"object\"}").getMessage()).startsWith("must be an object");
    }

    @Test
    void refusesRemoteReferencesAndUnknownDialects() {
        assertThat(refused(ID, "{\"schema\": {\"properties\": {\"a\": {\"$ref\": \"https://example.org/s.json\"}}}}")
                        .getMessage())
                .isEqualTo("only local references (\"#...\") are allowed, found \"https://example.org/s.json\"");
        assertThat(refused(ID, "{\"schema\": {\"$schema\": \"https://example.org/my-dialect\"}}")
                        .getMessage())
                .startsWith("unsupported $schema");
        assertThat(refused(ID, PERSON.replace("}}}}", "}}}, \"source\": \"body\"}"))
                        .getMessage())
                .isEqualTo("unknown source \"body\" (expected auto, response or fenced_block)");
    }

    @Test
    void acceptsDraft7AndLocalReferences() {
        String draft7 = "{\"schema\": {\"$schema\": \"http://json-schema.org/draft-07/schema#\", "
                + "\"definitions\": {\"n\": {\"type\": \"number\"}}, \"type\": \"array\", \"items\": {\"$ref\": \"#/definitions/n\"}}}";
        assertThat(strict(ID, draft7, "[1, 2.5]")).isTrue();
        assertThat(strict(ID, draft7, "[1, \"two\"]")).isFalse();
    }
}
