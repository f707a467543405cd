package org.tracelab.core.model;

/**
 * The one interface every model backend implements. Implementations are thread-safe; whether calls actually
 * run in parallel is declared by {@link ModelCapabilities#parallelRequests()}.
 */
public interface ChatModel {

    /** Generates one answer. Blocks; an interrupt ends the call with {@link ModelException.Kind#CANCELLED}. */
    ChatResult chat(ChatRequest request) throws ModelException;

    ModelCapabilities capabilities();

    /**
     * Where the model runs, free of secrets: what a run's {@link org.tracelab.core.trace.ModelDescription} is built
     * from ({@link ModelSource#description}).
     */
    ModelSource source();

    /**
     * The context window in tokens (prompt plus completion) when the backend says what it is; empty when
     * unknown. A runner flags calls whose prompt plus {@code max_tokens} cannot fit.
     */
    default java.util.OptionalInt contextTokens() {
        return java.util.OptionalInt.empty();
    }
}
