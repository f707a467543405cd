package org.tracelab.core.verify;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.tracelab.core.verify.instruction.InstructionFactory;

/** Runs one instruction, given as id and kwargs JSON, through the verifier with the fake text tools. */
final class Checks {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Verifier VERIFIER = new Verifier(FakeTextServices.english());

    private Checks() {
    }

    static InstructionVerdict verdict(String id, String kwargsJson, String response) {
        return verdict(VERIFIER, id, kwargsJson, response);
    }

    static InstructionVerdict verdict(Verifier verifier, String id, String kwargsJson, String response) {
        try {
            return verifier.verify(List.of(InstructionFactory.create(id, JSON.readTree(kwargsJson))), response)
                    .instructions().get(0);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static boolean strict(String id, String kwargsJson, String response) {
        return verdict(id, kwargsJson, response).strict();
    }

    static boolean loose(String id, String kwargsJson, String response) {
        return verdict(id, kwargsJson, response).loose();
    }

    /** The texts of the evidence spans, for readable assertions. */
    static List<String> evidence(InstructionVerdict verdict, String response) {
        return verdict.evidence().stream().map(s -> s.of(response)).toList();
    }
}
