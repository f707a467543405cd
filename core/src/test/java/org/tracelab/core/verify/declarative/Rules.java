package org.tracelab.core.verify.declarative;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.tracelab.core.run.TestTasks;
import org.tracelab.core.verify.InstructionVerdict;
import org.tracelab.core.verify.Verifier;
import org.tracelab.core.verify.constraint.InvalidInstructionException;
import org.tracelab.core.verify.text.Span;

/** Runs one declarative rule, given as id and kwargs JSON, through the standard verifier. */
final class Rules {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Shared with the runner tests: building the language detector takes seconds. */
    private static final Verifier VERIFIER = TestTasks.verifier();

    private Rules() {}

    static InstructionVerdict verdict(String id, String kwargsJson, String response) {
        try {
            return VERIFIER.verify(List.of(VERIFIER.registry().create(id, JSON.readTree(kwargsJson))), response)
                    .instructions()
                    .get(0);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static boolean strict(String id, String kwargsJson, String response) {
        return verdict(id, kwargsJson, response).strict();
    }

    /** The exception the registry throws for a rule it refuses to build. */
    static InvalidInstructionException refused(String id, String kwargsJson) {
        try {
            VERIFIER.registry().create(id, JSON.readTree(kwargsJson));
        } catch (InvalidInstructionException e) {
            return e;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        throw new AssertionError(id + " " + kwargsJson + " was accepted");
    }

    /** The texts of the evidence spans, for readable assertions. */
    static List<String> evidence(InstructionVerdict verdict, String response) {
        return verdict.evidence().stream().map(s -> s.of(response)).toList();
    }

    static List<Span> spans(InstructionVerdict verdict) {
        return verdict.evidence();
    }
}
