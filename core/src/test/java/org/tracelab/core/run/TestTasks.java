package org.tracelab.core.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.IntNode;
import java.util.ArrayList;
import java.util.List;
import org.tracelab.core.dataset.IfevalTask;
import org.tracelab.core.verify.BuiltInConstraints;
import org.tracelab.core.verify.Verifier;
import org.tracelab.core.verify.Verifiers;
import org.tracelab.core.verify.constraint.ConstraintRegistry;
import org.tracelab.core.verify.constraint.InvalidInstructionException;
import org.tracelab.core.verify.constraint.TaskConstraint;

/** Builds tasks for runner and flag tests from ids and kwargs JSON. */
public final class TestTasks {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ConstraintRegistry REGISTRY = BuiltInConstraints.registry();
    private static Verifier verifier;

    private TestTasks() {}

    /** {@code idsAndKwargs}: id, kwargs JSON, id, kwargs JSON… */
    public static IfevalTask task(int key, String prompt, String... idsAndKwargs) {
        List<String> ids = new ArrayList<>();
        List<JsonNode> kwargs = new ArrayList<>();
        List<TaskConstraint> constraints = new ArrayList<>();
        try {
            for (int i = 0; i < idsAndKwargs.length; i += 2) {
                JsonNode args = JSON.readTree(idsAndKwargs[i + 1]);
                ids.add(idsAndKwargs[i]);
                kwargs.add(args);
                constraints.add(
                        TaskConstraint.hard(REGISTRY.type(idsAndKwargs[i]), REGISTRY.create(idsAndKwargs[i], args)));
            }
        } catch (InvalidInstructionException | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
        return IfevalTask.of(IntNode.valueOf(key), prompt, ids, kwargs, constraints);
    }

    /** The standard verifier (built-in or Punkt sentences), built once. */
    public static synchronized Verifier verifier() {
        if (verifier == null) {
            verifier = Verifiers.create((java.nio.file.Path) null);
        }
        return verifier;
    }
}
