package org.tracelab.core.trace;

/**
 * What continuing a run needs from this machine: where its dataset and its model file were. The local-only part of
 * a run: the store keeps it, but records, exports, manifests and dataset cards never carry it (they name files by
 * file name and SHA-256).
 *
 * @param datasetPath   the prompts file as given, absolute; null when unknown
 * @param modelFilePath the GGUF file as given, absolute; null for a served model or when unknown
 */
public record ResumeHints(String datasetPath, String modelFilePath) {

    public static final ResumeHints NONE = new ResumeHints(null, null);
}
