package org.tracelab.core.trace;

import java.util.Objects;

/** One chat message of a request, e.g. role {@code user}. */
public record Message(String role, String content) {

    public Message {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(content, "content");
    }
}
