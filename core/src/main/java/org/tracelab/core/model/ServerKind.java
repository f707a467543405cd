package org.tracelab.core.model;

/** The kind of server behind an OpenAI-compatible endpoint, as far as it can be told. */
public enum ServerKind {
    LLAMA_SERVER("llama-server"),
    OLLAMA("Ollama"),
    VLLM("vLLM"),
    LM_STUDIO("LM Studio"),
    /** Any other server speaking the same protocol. */
    OPENAI_COMPATIBLE("OpenAI-compatible");

    private final String displayName;

    ServerKind(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
