package org.tracelab.core.export;

/** TRL's two dataset formats: message lists (chat models) or plain strings (base models). */
public enum ExportStyle {
    /** Message lists ({@code [{"role": ..., "content": ...}]}); the chat template is applied at training time. */
    CONVERSATIONAL("conversational"),
    /** Plain strings; a system prompt has no place in this format and is left out (the manifest lists it). */
    STANDARD("standard");

    private final String id;

    ExportStyle(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
