package org.tracelab.core.model;

/** Answer bodies copied from what llama-server, Ollama and vLLM send. */
final class Replies {

    private Replies() {}

    static String llamaServerCompletion(String content, String finishReason, int prompt, int completion) {
        return """
                {"choices":[{"finish_reason":"%s","index":0,"message":{"role":"assistant","content":%s}}],
                 "created":1735689600,"model":"qwen2.5-0.5b-instruct-q4_k_m.gguf","system_fingerprint":"b4916",
                 "object":"chat.completion",
                 "usage":{"completion_tokens":%d,"prompt_tokens":%d,"total_tokens":%d},
                 "id":"chatcmpl-abc","timings":{"prompt_n":%d,"predicted_n":%d}}
                """.formatted(finishReason, quote(content), completion, prompt, prompt + completion, prompt, completion);
    }

    static String chunk(String delta, String finishReason) {
        String reason = finishReason == null ? "null" : "\"" + finishReason + "\"";
        String content = delta == null ? "{}" : "{\"content\":" + quote(delta) + "}";
        return "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"model\":\"llama3.2:1b\","
                + "\"choices\":[{\"index\":0,\"delta\":" + content + ",\"finish_reason\":" + reason + "}]}";
    }

    static String usageChunk(int prompt, int completion) {
        return "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"model\":\"llama3.2:1b\","
                + "\"choices\":[],\"usage\":{\"prompt_tokens\":" + prompt + ",\"completion_tokens\":" + completion
                + ",\"total_tokens\":" + (prompt + completion) + "}}";
    }

    static final String LLAMA_SERVER_LOADING =
            "{\"error\":{\"code\":503,\"message\":\"Loading model\",\"type\":\"unavailable_error\"}}";

    static final String OLLAMA_MODEL_NOT_FOUND = "{\"error\":\"model \\\"llama9\\\" not found, try pulling it first\"}";

    static final String CONTEXT_EXCEEDED = "{\"error\":{\"code\":400,\"message\":\"the request exceeds the available"
            + " context size, try increasing it\",\"type\":\"exceed_context_size_error\"}}";

    static final String LLAMA_SERVER_MODELS = "{\"object\":\"list\",\"data\":[{\"id\":\"qwen2.5-0.5b-instruct\","
            + "\"object\":\"model\",\"created\":1735689600,\"owned_by\":\"llamacpp\"}]}";

    static final String OLLAMA_TAGS = "{\"models\":[{\"name\":\"llama3.2:1b\",\"model\":\"llama3.2:1b\","
            + "\"size\":1321098329},{\"name\":\"qwen2.5:7b\",\"model\":\"qwen2.5:7b\",\"size\":4683087332}]}";

    static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
