package org.tracelab.core.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** The JSON of {@code /chat/completions} and {@code /models}: request bodies out, answers and SSE streams in. */
final class ChatCompletionsProtocol {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ChatCompletionsProtocol() {}

    /**
     * The body of a chat completion request; unset sampling fields are left out so server defaults apply. A
     * llama.cpp server is also told not to reuse its prompt cache ({@code cache_prompt: false}): its own
     * documentation warns that a reused prefix can change the logits, so seeded calls would not repeat.
     */
    static String requestBody(ChatRequest request, boolean stream, ServerKind server) {
        ObjectNode body = JSON.createObjectNode();
        if (request.model() != null) {
            body.put("model", request.model());
        }
        ArrayNode messages = body.putArray("messages");
        for (ChatMessage message : request.messages()) {
            messages.addObject().put("role", message.role().wireName()).put("content", message.content());
        }
        if (request.temperature() != null) {
            body.put("temperature", request.temperature());
        }
        if (request.topP() != null) {
            body.put("top_p", request.topP());
        }
        if (request.maxTokens() != null) {
            body.put("max_tokens", request.maxTokens());
        }
        if (request.seed() != null) {
            body.put("seed", request.seed());
        }
        if (!request.stop().isEmpty()) {
            ArrayNode stop = body.putArray("stop");
            request.stop().forEach(stop::add);
        }
        if (server.llamaCpp()) {
            body.put("cache_prompt", false);
        }
        if (stream) {
            body.put("stream", true);
            // Without this OpenAI-style servers send no usage in a stream; llama-server and Ollama honour it.
            body.putObject("stream_options").put("include_usage", true);
        }
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("cannot serialise a chat request", impossible);
        }
    }

    /** Parses a non-streamed answer. */
    static Parsed parseCompletion(String body, String url) throws ModelException {
        JsonNode root = readObject(body, url);
        if (root.has("error")) {
            throw ServerErrors.fromErrorNode(root.get("error"), url);
        }
        JsonNode choice = root.path("choices").path(0);
        JsonNode content = choice.path("message").path("content");
        if (choice.isMissingNode() || !(content.isTextual() || content.isNull())) {
            throw malformed(url, "no choices[0].message.content in " + shorten(body), null);
        }
        String answer = content.isNull() ? "" : content.textValue();
        String reasoning = reasoningOf(choice.path("message"));
        return new Parsed(
                withReasoning(reasoning, answer),
                textOrNull(choice.get("finish_reason")),
                tokens(root.path("usage"), "prompt_tokens"),
                tokens(root.path("usage"), "completion_tokens"),
                textOrNull(root.get("model")));
    }

    /**
     * Reassembles an SSE stream: concatenates {@code choices[0].delta.content}, keeps the last finish reason, and
     * reads usage from whichever chunk carries it (the final one with {@code include_usage}). An error object in
     * the stream (Ollama sends one with status 200) becomes a {@link ModelException}.
     */
    static Parsed parseStream(String body, String url) throws ModelException {
        StringBuilder content = new StringBuilder();
        StringBuilder reasoning = new StringBuilder();
        String finishReason = null;
        Integer promptTokens = null;
        Integer completionTokens = null;
        String model = null;
        boolean sawChunk = false;
        boolean sawDone = false;
        for (String line : body.split("\r?\n")) {
            if (!line.startsWith("data:")) {
                continue; // comments (": ping"), event names and blank separators carry nothing we need
            }
            String data = line.substring(5).strip();
            if (data.equals("[DONE]")) {
                sawDone = true;
                break;
            }
            if (data.isEmpty()) {
                continue;
            }
            JsonNode chunk = readObject(data, url);
            if (chunk.has("error")) {
                throw ServerErrors.fromErrorNode(chunk.get("error"), url);
            }
            sawChunk = true;
            if (chunk.hasNonNull("model")) {
                model = chunk.get("model").asText();
            }
            JsonNode choice = chunk.path("choices").path(0);
            JsonNode delta = choice.path("delta").path("content");
            if (delta.isTextual()) {
                content.append(delta.textValue());
            }
            String reasoningDelta = reasoningOf(choice.path("delta"));
            if (reasoningDelta != null) {
                reasoning.append(reasoningDelta);
            }
            String reason = textOrNull(choice.get("finish_reason"));
            if (reason != null) {
                finishReason = reason;
            }
            JsonNode usage = chunk.path("usage");
            if (usage.isObject()) {
                promptTokens = tokens(usage, "prompt_tokens");
                completionTokens = tokens(usage, "completion_tokens");
            }
        }
        if (!sawChunk) {
            throw malformed(url, "the stream held no data chunk: " + shorten(body), null);
        }
        if (!sawDone && finishReason == null) {
            throw new ModelException(
                    ModelException.Kind.CONNECTION, "the stream from " + url + " ended before the answer was complete");
        }
        String thoughts = reasoning.length() == 0 ? null : reasoning.toString();
        return new Parsed(
                withReasoning(thoughts, content.toString()), finishReason, promptTokens, completionTokens, model);
    }

    /** Model ids from {@code GET /models}: OpenAI's {@code data[].id}, else a {@code models[]} list. */
    static List<String> parseModelList(String body, String url) throws ModelException {
        JsonNode root = readObject(body, url);
        List<String> names = new ArrayList<>();
        JsonNode data = root.path("data");
        if (data.isArray()) {
            data.forEach(entry -> {
                if (entry.hasNonNull("id")) {
                    names.add(entry.get("id").asText());
                }
            });
            return names;
        }
        JsonNode models = root.path("models");
        if (models.isArray()) {
            models.forEach(entry -> {
                JsonNode name = entry.hasNonNull("name") ? entry.get("name") : entry.get("model");
                if (name != null && name.isTextual()) {
                    names.add(name.textValue());
                }
            });
            return names;
        }
        throw malformed(url, "no model list in " + shorten(body), null);
    }

    /**
     * Reasoning that the server split off the answer (llama-server and vLLM: {@code reasoning_content}; Ollama:
     * {@code reasoning}), or {@code null}.
     */
    private static String reasoningOf(JsonNode message) {
        for (String field : new String[] {"reasoning_content", "reasoning"}) {
            JsonNode value = message.get(field);
            if (value != null && value.isTextual() && !value.textValue().isEmpty()) {
                return value.textValue();
            }
        }
        return null;
    }

    /**
     * The raw output keeps the reasoning, as a {@code <think>} block in front of the answer: the same shape as
     * when the server leaves it inline, so {@link ReasoningFilter} treats both alike.
     */
    private static String withReasoning(String reasoning, String answer) {
        return reasoning == null ? answer : "<think>" + reasoning + "</think>" + answer;
    }

    static JsonNode readObject(String text, String url) throws ModelException {
        try {
            JsonNode node = JSON.readTree(text);
            if (node == null || !node.isObject()) {
                throw malformed(url, "expected a JSON object, got " + shorten(text), null);
            }
            return node;
        } catch (JsonProcessingException e) {
            throw malformed(url, "not JSON: " + shorten(text), e);
        }
    }

    private static ModelException malformed(String url, String detail, Throwable cause) {
        return new ModelException(
                ModelException.Kind.MALFORMED_RESPONSE, "unexpected answer from " + url + ": " + detail, cause);
    }

    private static Integer tokens(JsonNode usage, String field) {
        JsonNode value = usage.get(field);
        return value != null && value.canConvertToInt() && value.isIntegralNumber() ? value.intValue() : null;
    }

    private static String textOrNull(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }

    private static String shorten(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "…";
    }

    /** The fields of an answer before latency is attached. */
    record Parsed(String content, String finishReason, Integer promptTokens, Integer completionTokens, String model) {}
}
