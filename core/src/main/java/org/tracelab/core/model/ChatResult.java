package org.tracelab.core.model;

import java.util.Objects;

/**
 * What one call produced.
 *
 * @param content          the raw generated text, reasoning blocks included
 * @param finishReason     why generation ended
 * @param rawFinishReason  the backend's own word for it, {@code null} when it gave none
 * @param promptTokens     prompt tokens as counted by the backend's tokenizer, {@code null} when unknown;
 *                         never estimated
 * @param completionTokens generated tokens as counted by the backend's tokenizer, {@code null} when unknown
 * @param latencyMillis    wall time of the successful attempt, from sending to the last byte
 * @param model            the model name the backend reported, {@code null} when it gave none
 * @param endpoint         the server that answered (a key-free base URL, or {@code gguf:FILE}), {@code null} when
 *                         unknown
 */
public record ChatResult(
        String content,
        FinishReason finishReason,
        String rawFinishReason,
        Integer promptTokens,
        Integer completionTokens,
        long latencyMillis,
        String model,
        String endpoint) {

    public ChatResult {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(finishReason, "finishReason");
    }

    /** A result whose endpoint is not known (yet). */
    public ChatResult(
            String content,
            FinishReason finishReason,
            String rawFinishReason,
            Integer promptTokens,
            Integer completionTokens,
            long latencyMillis,
            String model) {
        this(content, finishReason, rawFinishReason, promptTokens, completionTokens, latencyMillis, model, null);
    }

    /** The same result, answered by {@code address}. */
    public ChatResult at(String address) {
        return new ChatResult(
                content, finishReason, rawFinishReason, promptTokens, completionTokens, latencyMillis, model, address);
    }

    /** True when the token limit cut the answer. */
    public boolean truncated() {
        return finishReason == FinishReason.LENGTH;
    }
}
