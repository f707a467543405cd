package org.tracelab.core.verify;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.tracelab.core.verify.constraint.ConstraintRegistry;
import org.tracelab.core.verify.constraint.TextServices;

/** Runs one instruction, given as id and kwargs JSON, through a verifier with the fake text tools. */
final class Checks {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final ConstraintRegistry REGISTRY = BuiltInConstraints.registry();
    private static final Verifier VERIFIER = verifier(FakeTextServices.english());

    private Checks() {}

    /** A verifier with the built-in constraint types and these text tools. */
    static Verifier verifier(TextServices services) {
        return new Verifier(services, REGISTRY);
    }

    static InstructionVerdict verdict(String id, String kwargsJson, String response) {
        return verdict(VERIFIER, id, kwargsJson, response);
    }

    static InstructionVerdict verdict(Verifier verifier, String id, String kwargsJson, String response) {
        try {
            return verifier.verify(List.of(REGISTRY.create(id, JSON.readTree(kwargsJson))), response)
                    .instructions()
                    .get(0);
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
