package org.tracelab.core.model;

/** The kind of server behind an OpenAI-compatible endpoint, as far as it can be told. */
public enum ServerKind {
    LLAMA_SERVER("llama-server"),
    /** The Python binding's server ({@code python -m llama_cpp.server}); its models are {@code owned_by: me}. */
    LLAMA_CPP_PYTHON("llama-cpp-python"),
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

    /** Runs llama.cpp, whose prompt cache changes logits between calls unless a request turns it off. */
    public boolean llamaCpp() {
        return this == LLAMA_SERVER;
    }
}
