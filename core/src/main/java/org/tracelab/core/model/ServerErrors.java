package org.tracelab.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns the error shapes of OpenAI-compatible servers into {@link ModelException}s:
 * Ollama's {@code {"error": "..."}}, OpenAI / vLLM / llama-server's {@code {"error": {"message", "type", "code"}}},
 * vLLM's older top-level {@code {"object": "error", "message": ...}}, and plain-text bodies.
 */
final class ServerErrors {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_BODY_IN_MESSAGE = 300;

    private ServerErrors() {}

    /** The error an HTTP status other than 2xx stands for. */
    static ModelException fromStatus(int status, String body, Optional<String> retryAfterHeader, String url) {
        ServerMessage server = parse(body);
        String detail = server.describe();
        Duration retryAfter =
                retryAfterHeader.flatMap(ServerErrors::parseRetryAfter).orElse(null);
        ModelException.Kind kind = kindFor(status, server);
        String message = switch (kind) {
            case AUTH ->
                "the server at " + url + " refused the API key (HTTP " + status + "): " + detail
                        + " — give --api-key or set " + ApiKey.ENVIRONMENT_VARIABLE;
            case MODEL_NOT_FOUND ->
                "not found at " + url + " (HTTP " + status + "): " + detail
                        + " — check the model name and that the endpoint includes /v1";
            case MODEL_LOADING ->
                "the server at " + url + " is still loading the model (HTTP " + status + "): " + detail;
            case RATE_LIMITED -> "rate limited by " + url + " (HTTP 429): " + detail;
            default -> "HTTP " + status + " from " + url + ": " + detail;
        };
        return new ModelException(kind, message, status, retryAfter, null);
    }

    /** An error object that arrived inside a 200 answer, e.g. Ollama's {@code data: {"error": ...}} mid-stream. */
    static ModelException fromErrorNode(JsonNode error, String url) {
        ServerMessage server = fromNode(error);
        String lower = server.text().toLowerCase(Locale.ROOT);
        ModelException.Kind kind;
        if (lower.contains("loading model")) {
            kind = ModelException.Kind.MODEL_LOADING;
        } else if (lower.contains("not found")) {
            kind = ModelException.Kind.MODEL_NOT_FOUND;
        } else {
            kind = ModelException.Kind.SERVER_ERROR;
        }
        return new ModelException(
                kind,
                "the server at " + url + " reported an error during generation: " + server.describe(),
                200,
                null,
                null);
    }

    private static ModelException.Kind kindFor(int status, ServerMessage server) {
        String lower = (server.text() + " " + server.type() + " " + server.code()).toLowerCase(Locale.ROOT);
        if (status == 401 || status == 403) {
            return ModelException.Kind.AUTH;
        }
        if (status == 404 || lower.contains("model_not_found")) {
            return ModelException.Kind.MODEL_NOT_FOUND;
        }
        if (status == 429) {
            return ModelException.Kind.RATE_LIMITED;
        }
        if (status == 503 && lower.contains("loading")) {
            return ModelException.Kind.MODEL_LOADING;
        }
        if (status >= 500) {
            return ModelException.Kind.SERVER_ERROR;
        }
        return ModelException.Kind.BAD_REQUEST;
    }

    /** {@code Retry-After} is either delta-seconds or an HTTP date. */
    static Optional<Duration> parseRetryAfter(String value) {
        String trimmed = value.strip();
        try {
            long seconds = Long.parseLong(trimmed);
            return seconds < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(seconds));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME)
                        .toInstant();
                Duration until = Duration.between(Instant.now(), at);
                return Optional.of(until.isNegative() ? Duration.ZERO : until);
            } catch (DateTimeParseException notDate) {
                return Optional.empty();
            }
        }
    }

    private static ServerMessage parse(String body) {
        if (body == null || body.isBlank()) {
            return new ServerMessage("(empty body)", "", "");
        }
        try {
            JsonNode root = JSON.readTree(body);
            if (root != null && root.isObject()) {
                if (root.has("error")) {
                    return fromNode(root.get("error"));
                }
                if (root.has("message")) {
                    return fromNode(root);
                }
                if (root.has("detail")) {
                    return new ServerMessage(root.get("detail").toString(), "", "");
                }
            }
        } catch (IOException notJson) {
            // Some proxies answer with HTML or plain text: show it shortened below.
        }
        return new ServerMessage(shorten(body.strip()), "", "");
    }

    private static ServerMessage fromNode(JsonNode error) {
        if (error == null || error.isNull()) {
            return new ServerMessage("(no message)", "", "");
        }
        if (error.isTextual()) {
            return new ServerMessage(error.textValue(), "", "");
        }
        String message = error.hasNonNull("message") ? error.get("message").asText() : shorten(error.toString());
        String type = error.hasNonNull("type") ? error.get("type").asText() : "";
        String code = error.hasNonNull("code") ? error.get("code").asText() : "";
        return new ServerMessage(message, type, code);
    }

    private static String shorten(String text) {
        return text.length() <= MAX_BODY_IN_MESSAGE ? text : text.substring(0, MAX_BODY_IN_MESSAGE) + "…";
    }

    private record ServerMessage(String text, String type, String code) {
        String describe() {
            return type.isEmpty() ? text : text + " [" + type + "]";
        }
    }
}
