package org.tracelab.core.record;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.tracelab.core.io.JsonLines;
import org.tracelab.core.io.ProblemCollector;
import org.tracelab.core.verify.BuiltInConstraints;
import org.tracelab.core.verify.constraint.InvalidInstructionException;

/**
 * Reads ComplianceEvalRecord JSON Lines. Each line is validated against the schema of its version first (1 or the
 * current one; a version 1 record is then upgraded, see {@link RecordUpgrade}); every violation is reported as
 * {@code FILE:LINE: field: problem} with the JSON path of the offending value as field.
 */
public final class ComplianceEvalRecordReader {

    private ComplianceEvalRecordReader() {}

    /** Hands each valid record to {@code sink} in file order; problems go to {@code problems}. */
    public static void read(Path file, ProblemCollector problems, Consumer<ComplianceEvalRecord> sink) {
        JsonLines.read(file, problems, (line, object, lineProblems) -> {
            ComplianceEvalRecord record = parse(file, line, object, lineProblems);
            if (record != null) {
                sink.accept(record);
            }
        });
    }

    /** Reads a whole file; throws {@link org.tracelab.core.io.InputProblemException} listing every problem. */
    public static List<ComplianceEvalRecord> readAll(Path file) {
        ProblemCollector problems = new ProblemCollector();
        List<ComplianceEvalRecord> records = new ArrayList<>();
        read(file, problems, records::add);
        problems.throwIfAny();
        return records;
    }

    /** The record on one line, or null after reporting why it is unusable. */
    static ComplianceEvalRecord parse(Path file, long line, JsonNode object, ProblemCollector problems) {
        List<RecordSchema.Violation> violations = RecordSchema.validate(object);
        if (!violations.isEmpty()) {
            violations.forEach(v -> problems.add(file, line, v.field(), v.message()));
            return null;
        }
        try {
            ComplianceEvalRecord record = RecordJson.fromTree(RecordUpgrade.toCurrent(object));
            List<String> ids = record.task().instructionIds();
            boolean known = true;
            for (int i = 0; i < ids.size(); i++) {
                try {
                    BuiltInConstraints.registry().type(ids.get(i));
                } catch (InvalidInstructionException e) {
                    problems.add(file, line, "task.instruction_id_list[" + i + "]", e.getMessage());
                    known = false;
                }
            }
            return known ? record : null;
        } catch (JsonMappingException e) {
            // Past the schema only cross-field rules remain (e.g. a parent index after its child).
            Throwable cause = e.getCause() instanceof IllegalArgumentException ? e.getCause() : e;
            String message = cause == e ? e.getOriginalMessage() : cause.getMessage();
            String field = RecordJson.pathOf(e);
            problems.add(file, line, field == null ? "(record)" : field, message);
            return null;
        } catch (IOException e) {
            problems.add(file, line, "(record)", e.getMessage());
            return null;
        }
    }
}
