package org.tracelab.storage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.tracelab.core.trace.Message;

/**
 * The {@code attempts.request_json} column. Since schema version 4 a message whose text is the task's prompt is
 * stored as {@code {"role":"user","from":"prompt"}}, and one whose text is the output of an earlier attempt of
 * the same chain as {@code {"role":"assistant","from":2}} (that attempt's index); any other message keeps its
 * text, {@code {"role":..,"content":..}}, which is also how every message of older versions reads. Requests
 * repeat the prompt for every seed, fork and attempt, and repair turns repeat earlier outputs: a quarter to a half
 * of what an attempt row held. Prompt and outputs never change once written (triggers refuse it), so the
 * references stay valid.
 */
final class RequestJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String PROMPT = "prompt";

    private RequestJson() {}

    /**
     * Encodes {@code request} for an attempt of a chain whose task has {@code prompt} and whose earlier attempts
     * gave {@code earlierOutputs} (by index).
     */
    static String encode(List<Message> request, String prompt, List<String> earlierOutputs) {
        ArrayNode array = NODES.arrayNode(request.size());
        for (Message message : request) {
            ObjectNode node = array.addObject().put("role", message.role());
            String content = message.content();
            int earlier = content.isEmpty() ? -1 : earlierOutputs.lastIndexOf(content);
            if (content.equals(prompt)) {
                node.put("from", PROMPT);
            } else if (earlier >= 0) {
                node.put("from", earlier);
            } else {
                node.put("content", content);
            }
        }
        return JsonColumns.write(array);
    }

    /**
     * Decodes a stored request; {@code prompt} is asked for only when a message refers to it, {@code outputOf}
     * gives the output of an earlier attempt of the chain by index (null when there is none).
     */
    static List<Message> decode(String json, Supplier<String> prompt, IntFunction<String> outputOf) {
        List<Message> messages = new ArrayList<>();
        for (JsonNode node : JsonColumns.tree(json)) {
            String role = node.get("role").asText();
            JsonNode from = node.get("from");
            String content;
            if (from == null) {
                content = node.get("content").asText();
            } else if (from.isTextual() && PROMPT.equals(from.asText())) {
                content = prompt.get();
            } else if (from.isInt()) {
                content = outputOf.apply(from.asInt());
                if (content == null) {
                    throw new StoreException("corrupt request: it refers to attempt " + from.asInt()
                            + ", which the chain does not have before it");
                }
            } else {
                throw new StoreException("corrupt request: unknown reference " + from);
            }
            messages.add(new Message(role, content));
        }
        return messages;
    }
}
