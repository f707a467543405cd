package org.tracelab.core.verify.ifeval;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import java.io.IOException;
import java.util.List;
import org.tracelab.core.verify.constraint.AnalyzedText;
import org.tracelab.core.verify.constraint.CheckResult;
import org.tracelab.core.verify.constraint.Instruction;
import org.tracelab.core.verify.text.PythonStrings;
import org.tracelab.core.verify.text.Span;

/**
 * {@code detectable_format:json_format}: after removing a Markdown code fence, the text is one JSON value
 * as Python's {@code json.loads} reads it: NaN and Infinity accepted, nothing after the value.
 */
public record JsonFormat() implements Instruction {

    public static final String ID = "detectable_format:json_format";
    /** Jackson also reads INF and +Infinity; Python's json only these. */
    private static final List<String> PYTHON_NON_FINITE = List.of("NaN", "Infinity", "-Infinity");

    private static final List<String> OPENING_FENCES = List.of("```json", "```Json", "```JSON", "```");
    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(Integer.MAX_VALUE)
                    .maxNumberLength(Integer.MAX_VALUE)
                    .maxStringLength(Integer.MAX_VALUE)
                    .build())
            .build();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String restatement() {
        return "Your entire output must be valid JSON, optionally wrapped in a ```json code block.";
    }

    @Override
    public CheckResult check(AnalyzedText text) {
        String body = unfence(text.stripped());
        String problem = jsonProblem(body);
        if (problem == null) {
            return CheckResult.pass("the response is valid JSON");
        }
        int offset = text.strippedOffset();
        return CheckResult.fail(
                List.of(new Span(offset, offset + text.stripped().length())), "not valid JSON: " + problem);
    }

    /** Python: {@code s.removeprefix("```json")...removeprefix("```").removesuffix("```").strip()}. */
    static String unfence(String s) {
        for (String fence : OPENING_FENCES) {
            if (s.startsWith(fence)) {
                s = s.substring(fence.length());
            }
        }
        if (s.endsWith("```")) {
            s = s.substring(0, s.length() - 3);
        }
        return PythonStrings.strip(s);
    }

    /** Null when {@code s} is exactly one JSON value as Python reads it, else why not. */
    static String jsonProblem(String s) {
        if (s.isEmpty()) {
            return "empty";
        }
        if (s.charAt(0) == '\uFEFF') {
            return "starts with a byte-order mark";
        }
        try (JsonParser parser = JSON.createParser(s)) {
            int depth = 0;
            do {
                JsonToken token = parser.nextToken();
                if (token == null) {
                    return "empty";
                }
                if (token.isStructStart()) {
                    depth++;
                } else if (token.isStructEnd()) {
                    depth--;
                } else if (token == JsonToken.VALUE_NUMBER_FLOAT
                        && parser.isNaN()
                        && !PYTHON_NON_FINITE.contains(parser.getText())) {
                    return parser.getText() + " is not a number Python's json reads";
                }
            } while (depth > 0);
            if (parser.nextToken() != null) {
                return "extra data after the JSON value at character "
                        + parser.currentTokenLocation().getCharOffset();
            }
            return null;
        } catch (JsonProcessingException e) {
            return e.getOriginalMessage();
        } catch (IOException e) {
            return e.getMessage();
        }
    }
}
