package org.tracelab.app.service.report;

/**
 * An importing tool's own prompt-level pass rate for one mode, beside Tracelab's strict rate on the same chains:
 * {@code passed} of {@code chains} finished chains that carry the tool's verdict, and {@code passedStrict} of them
 * where Tracelab's strict verdict is a pass.
 */
public record SourceRate(String mode, String tool, int chains, int passed, int passedStrict) {

    /** The tool's rate, NaN without chains. */
    public double rate() {
        return chains == 0 ? Double.NaN : (double) passed / chains;
    }

    /** Tracelab's strict rate over the same chains, NaN without chains. */
    public double strictRate() {
        return chains == 0 ? Double.NaN : (double) passedStrict / chains;
    }
}
