package org.tracelab.core.importing;

import java.util.Arrays;
import java.util.Optional;

/** The trace formats Tracelab imports, by their command-line names. */
public enum ImportFormat {
    /** WasmAgent's {@code runs.jsonl}: final artifacts only, with that tool's own verdicts. */
    WASMAGENT("wasmagent", true),
    /** The official IFEval response files: {@code {"prompt", "response"}} per line. */
    IFEVAL_RESPONSES("ifeval-responses", true),
    /** lm-evaluation-harness {@code samples_ifeval_*.jsonl}. */
    LM_EVAL("lm-eval", false),
    /** Tracelab's own {@code ComplianceEvalRecord} JSONL. */
    RECORDS("records", false);

    private final String cliName;
    private final boolean needsPrompts;

    ImportFormat(String cliName, boolean needsPrompts) {
        this.cliName = cliName;
        this.needsPrompts = needsPrompts;
    }

    public String cliName() {
        return cliName;
    }

    /** Whether the file lacks the instruction lists, which then come from a prompts file. */
    public boolean needsPrompts() {
        return needsPrompts;
    }

    public static Optional<ImportFormat> fromCliName(String name) {
        return Arrays.stream(values()).filter(f -> f.cliName.equals(name)).findFirst();
    }
}
