package org.tracelab.app.service.bench;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the benchmark dialog's "Get IFEval" and "Get IFBench" get their prompts files.
 *
 * @param ifeval  Google's IFEval prompts
 * @param ifbench AllenAI's IFBench test prompts
 */
public record DatasetDownloads(IfevalDownloads ifeval, IfbenchDownloads ifbench) {

    public DatasetDownloads {
        Objects.requireNonNull(ifeval, "ifeval");
        Objects.requireNonNull(ifbench, "ifbench");
    }

    /** From Hugging Face and GitHub, cached in {@code cacheDir}. */
    public static DatasetDownloads into(Path cacheDir) {
        return new DatasetDownloads(IfevalDownloads.huggingFace(cacheDir), IfbenchDownloads.github(cacheDir));
    }

    public DatasetDownloads withIfeval(IfevalDownloads replacement) {
        return new DatasetDownloads(replacement, ifbench);
    }

    public DatasetDownloads withIfbench(IfbenchDownloads replacement) {
        return new DatasetDownloads(ifeval, replacement);
    }
}
