package org.tracelab.core.trace;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * What the tool an attempt was imported from decided itself, kept beside Tracelab's own verdicts so the two
 * can be compared.
 *
 * @param tool       e.g. {@code wasmagent}
 * @param pass       the tool's own overall pass/fail
 * @param violations the tool's violation list exactly as given (any JSON), null when it gave none
 */
public record SourceVerdict(String tool, boolean pass, JsonNode violations) {

    public SourceVerdict {
        Objects.requireNonNull(tool, "tool");
        violations =
                violations == null || violations.isNull() || violations.isMissingNode() ? null : violations.deepCopy();
    }
}
