package org.tracelab.core.model;

import java.util.List;
import java.util.Objects;

/**
 * One generation request. Sampling fields are nullable: {@code null} means "leave it to the server's default"
 * and is then not sent, so that what is recorded is exactly what was asked for.
 *
 * @param messages    the conversation, at least one message
 * @param model       model name as the backend knows it; may be {@code null} for a backend serving one model
 * @param temperature sampling temperature
 * @param topP        nucleus sampling threshold
 * @param maxTokens   upper bound on generated tokens
 * @param seed        sampling seed
 * @param stop        stop strings, possibly empty
 */
public record ChatRequest(
        List<ChatMessage> messages,
        String model,
        Double temperature,
        Double topP,
        Integer maxTokens,
        Long seed,
        List<String> stop) {

    public ChatRequest {
        Objects.requireNonNull(messages, "messages");
        if (messages.isEmpty()) {
            throw new IllegalArgumentException("a chat request needs at least one message");
        }
        messages = List.copyOf(messages);
        stop = stop == null ? List.of() : List.copyOf(stop);
        if (maxTokens != null && maxTokens <= 0) {
            throw new IllegalArgumentException("maxTokens must be positive, was " + maxTokens);
        }
    }

    /** A request with only messages and a model name; add sampling with the {@code with…} methods. */
    public static ChatRequest of(String model, List<ChatMessage> messages) {
        return new ChatRequest(messages, model, null, null, null, null, List.of());
    }

    public ChatRequest withModel(String newModel) {
        return new ChatRequest(messages, newModel, temperature, topP, maxTokens, seed, stop);
    }

    public ChatRequest withTemperature(Double value) {
        return new ChatRequest(messages, model, value, topP, maxTokens, seed, stop);
    }

    public ChatRequest withTopP(Double value) {
        return new ChatRequest(messages, model, temperature, value, maxTokens, seed, stop);
    }

    public ChatRequest withMaxTokens(Integer value) {
        return new ChatRequest(messages, model, temperature, topP, value, seed, stop);
    }

    public ChatRequest withSeed(Long value) {
        return new ChatRequest(messages, model, temperature, topP, maxTokens, value, stop);
    }

    public ChatRequest withStop(List<String> value) {
        return new ChatRequest(messages, model, temperature, topP, maxTokens, seed, value);
    }

    /** The sampling part of this request, as recorded with every call. */
    public SamplingParams sampling() {
        return new SamplingParams(temperature, topP, maxTokens, seed, stop);
    }
}
