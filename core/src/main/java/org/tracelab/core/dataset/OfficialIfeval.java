package org.tracelab.core.dataset;

import java.util.Locale;
import java.util.Set;

/** How Tracelab recognises a task file whose prompts are IFEval's own (training on them contaminates IFEval). */
public final class OfficialIfeval {

    /** SHA-256 of the official IFEval {@code input_data.jsonl} and of WasmAgent's 50-prompt subset of it. */
    public static final Set<String> SHA256 = Set.of(
            "67ffeee0fcb87c317c5b08a2de85557b4a7e96ada6178aa645b4954fe4b53d49",
            "038b9782ed9250f9ceac383a0507f9fb3f36ec169366818d058faa0991741a0d");

    private OfficialIfeval() {}

    /** The official file by digest, or a file named after IFEval ({@code ifeval}, {@code input_data}). */
    public static boolean looksLikeIfeval(String fileName, String sha256) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        return (sha256 != null && SHA256.contains(sha256)) || name.contains("ifeval") || name.contains("input_data");
    }
}
