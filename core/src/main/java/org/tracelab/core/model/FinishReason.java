package org.tracelab.core.model;

import java.util.Locale;

/** Why a generation ended. */
public enum FinishReason {
    /** The model ended its answer or a stop string matched. */
    STOP,
    /** The token limit cut the answer. */
    LENGTH,
    /** The server filtered the content. */
    CONTENT_FILTER,
    /** The server reported a reason this enum does not know; the raw text is in {@link ChatResult}. */
    OTHER,
    /** The server did not say. */
    UNKNOWN;

    /** Maps an OpenAI-style {@code finish_reason}; llama-server and Ollama use the same words. */
    public static FinishReason fromWire(String value) {
        if (value == null || value.isBlank()) {
            return UNKNOWN;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "stop", "eos", "stop_sequence", "end_turn" -> STOP;
            case "length", "max_tokens" -> LENGTH;
            case "content_filter" -> CONTENT_FILTER;
            default -> OTHER;
        };
    }
}
