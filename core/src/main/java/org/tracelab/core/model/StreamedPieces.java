package org.tracelab.core.model;

import java.util.Objects;

/**
 * What the streamed pieces of an in-process generation tell for certain about its tokens. java-llama.cpp reports
 * neither token ids, nor counts, nor why generation stopped: only text pieces. Its server code sends one piece per
 * sampled token (an end-of-generation or other non-rendering token as an empty piece), except that a token leaving a
 * UTF-8 character incomplete is held back and sent with a later one, and such tokens at the very end are never sent.
 * So, with {@code P} pieces, the sampled tokens {@code N} satisfy {@code P ≤ N ≤ P + }{@link #hiddenAtMost()}, and
 * never more than {@code max_tokens}. From that alone:
 * <ul>
 *   <li>{@code P = max_tokens}: exactly {@code max_tokens} tokens were sampled; the limit stopped the generation
 *       unless the last token ended it (an end-of-generation token renders empty, so a last empty piece leaves that
 *       open);</li>
 *   <li>{@code P + hidden < max_tokens} (and within the context): the limit cannot have been reached; the model
 *       ended its answer;</li>
 *   <li>otherwise the finish reason is unknown, and so, unless the limit was reached, is the count.</li>
 * </ul>
 * A count or reason that cannot be known is reported unknown, never estimated.
 *
 * @param text           the pieces' text, concatenated
 * @param pieces         pieces received before the end of the stream (the closing message is not a piece)
 * @param lastPieceEmpty the last piece had no text
 */
record StreamedPieces(String text, int pieces, boolean lastPieceEmpty) {

    /** A held-back token ends within the three bytes after a lead byte. */
    private static final int HIDDEN_PER_LEAD_BYTE = 3;

    StreamedPieces {
        Objects.requireNonNull(text, "text");
        if (pieces < 0) {
            throw new IllegalArgumentException("negative piece count");
        }
    }

    /**
     * The most tokens that can have been held back: three for each character that is not ASCII (at most one lead
     * byte each, invalid bytes decoded as U+FFFD included) and three for a character left incomplete at the end,
     * which is never sent.
     */
    int hiddenAtMost() {
        long nonAscii = text.codePoints().filter(c -> c > 0x7F).count();
        return (int) Math.min(Integer.MAX_VALUE, HIDDEN_PER_LEAD_BYTE * (nonAscii + 1));
    }

    /** The sampled token count when it is certain ({@code maxTokens} pieces), else null. */
    Integer completionTokens(Integer maxTokens) {
        return maxTokens != null && pieces >= maxTokens ? maxTokens : null;
    }

    /**
     * Why the generation ended, where the pieces tell for certain.
     *
     * @param promptTokensAtLeast the prompt's tokens without the special ones the completion adds (BOS, EOS)
     * @param contextTokens       the context window: a generation that fills it stops there as at a limit
     */
    FinishReason finishReason(Integer maxTokens, int promptTokensAtLeast, int contextTokens) {
        if (maxTokens != null && pieces >= maxTokens) {
            return lastPieceEmpty ? FinishReason.UNKNOWN : FinishReason.LENGTH;
        }
        long mostTokens = (long) pieces + hiddenAtMost();
        // Two special tokens at most are added to the prompt; the context must have had room for one more.
        boolean roomLeft = promptTokensAtLeast + 2L + mostTokens < contextTokens;
        boolean underLimit = maxTokens == null || mostTokens < maxTokens;
        return roomLeft && underLimit ? FinishReason.STOP : FinishReason.UNKNOWN;
    }
}
