package org.tracelab.core.verify.ifbench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.tracelab.core.testing.SharedData;
import org.tracelab.core.verify.BuiltInConstraints;
import org.tracelab.core.verify.InstructionVerdict;
import org.tracelab.core.verify.Verifier;
import org.tracelab.core.verify.Verifiers;
import org.tracelab.core.verify.constraint.ConstraintRegistry;
import org.tracelab.core.verify.constraint.Instruction;
import org.tracelab.core.verify.constraint.InvalidInstructionException;
import org.tracelab.core.verify.text.punkt.BuiltInSentenceSplitter;
import org.tracelab.core.verify.text.punkt.NltkData;

/**
 * Builds IFBench instructions through the registry from kwargs as the test file writes them, and verifies texts
 * strictly and loosely, with the built-in tools (ids that need no NLTK data) or with the shared NLTK data.
 */
final class IfbenchChecks {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ConstraintRegistry REGISTRY = BuiltInConstraints.registry();
    private static final Verifier BUILT_IN = Verifiers.create(new BuiltInSentenceSplitter());
    private static Verifier withNltk;

    private IfbenchChecks() {}

    /** The instruction for {@code id} with kwargs as JSON, e.g. {@code {"N": 5.0}}. */
    static Instruction instruction(String id, String kwargs) {
        try {
            return REGISTRY.create(id, JSON.readTree(kwargs));
        } catch (InvalidInstructionException e) {
            throw new IllegalArgumentException(e.field() + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Instruction instruction(String id) {
        return instruction(id, "{}");
    }

    /** The verdict with the built-in tools (for ids that use no NLTK data). */
    static InstructionVerdict verdict(Instruction instruction, String response) {
        return BUILT_IN.verify(List.of(instruction), response).instructions().get(0);
    }

    /** The verdict with NLTK's data (skips when the shared folder is absent). */
    static synchronized InstructionVerdict nltkVerdict(Instruction instruction, String response) {
        if (withNltk == null) {
            Path nltkData = SharedData.require("data/nltk_data");
            withNltk = Verifiers.create(NltkData.resolve(nltkData, Map.of(), nltkData.resolve("no-home")));
        }
        return withNltk.verify(List.of(instruction), response).instructions().get(0);
    }

    static boolean strict(Instruction instruction, String response) {
        return verdict(instruction, response).strict();
    }

    static boolean loose(Instruction instruction, String response) {
        return verdict(instruction, response).loose();
    }

    static boolean nltkStrict(Instruction instruction, String response) {
        return nltkVerdict(instruction, response).strict();
    }
}
