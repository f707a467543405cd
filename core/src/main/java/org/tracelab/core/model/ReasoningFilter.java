package org.tracelab.core.model;

import java.util.regex.Pattern;

/**
 * Removes reasoning blocks ({@code <think>…</think>}) from an answer before it is verified; the raw output is
 * stored unchanged. Also handles the two broken forms reasoning models produce: an unterminated block (the
 * answer was cut inside it, so nothing after it is an answer) and a closing tag without an opening one (chat
 * templates of some models put {@code <think>} into the prompt, so only {@code </think>} appears in the output).
 */
public final class ReasoningFilter {

    private static final Pattern CLOSED_BLOCK = Pattern.compile("(?is)<think>.*?</think>");
    private static final Pattern UNTERMINATED_BLOCK = Pattern.compile("(?is)<think>.*\\z");
    private static final Pattern LEADING_CLOSE = Pattern.compile("(?is)\\A.*?</think>");

    private final boolean enabled;

    public ReasoningFilter(boolean enabled) {
        this.enabled = enabled;
    }

    public static ReasoningFilter enabled() {
        return new ReasoningFilter(true);
    }

    public static ReasoningFilter disabled() {
        return new ReasoningFilter(false);
    }

    public boolean isEnabled() {
        return enabled;
    }

    /** The text to verify: {@code raw} without reasoning blocks, trimmed at the seams; {@code raw} if disabled. */
    public String answerOf(String raw) {
        if (!enabled || raw == null) {
            return raw;
        }
        String lower = raw.toLowerCase(java.util.Locale.ROOT);
        if (!lower.contains("<think>") && !lower.contains("</think>")) {
            return raw;
        }
        String text = raw;
        if (!lower.contains("<think>")) {
            text = LEADING_CLOSE.matcher(text).replaceFirst("");
        }
        text = CLOSED_BLOCK.matcher(text).replaceAll("");
        text = UNTERMINATED_BLOCK.matcher(text).replaceFirst("");
        return text.strip();
    }

    /** True when {@code raw} contains any reasoning block. */
    public static boolean hasReasoning(String raw) {
        if (raw == null) {
            return false;
        }
        String lower = raw.toLowerCase(java.util.Locale.ROOT);
        return lower.contains("<think>") || lower.contains("</think>");
    }
}
