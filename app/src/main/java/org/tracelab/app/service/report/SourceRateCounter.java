package org.tracelab.app.service.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.tracelab.core.record.ComplianceEvalRecord;

/** Counts, per mode, the importing tool's own verdicts of finished chains and Tracelab's strict ones beside them. */
final class SourceRateCounter implements Consumer<ComplianceEvalRecord> {

    private final Map<String, int[]> byMode = new LinkedHashMap<>();
    private final Map<String, String> tools = new LinkedHashMap<>();

    @Override
    public void accept(ComplianceEvalRecord record) {
        if (record.sourceVerdict() == null || record.finalStrict() == null) {
            return;
        }
        int[] counts = byMode.computeIfAbsent(record.mode(), mode -> new int[3]);
        counts[0]++;
        counts[1] += record.sourceVerdict().pass() ? 1 : 0;
        counts[2] += record.finalStrict() ? 1 : 0;
        tools.putIfAbsent(record.mode(), record.sourceVerdict().tool());
    }

    /** One rate per mode that has source verdicts, in {@code modes} order. */
    List<SourceRate> rates(List<String> modes) {
        List<SourceRate> rates = new ArrayList<>();
        for (String mode : modes) {
            int[] counts = byMode.get(mode);
            if (counts != null) {
                rates.add(new SourceRate(mode, tools.get(mode), counts[0], counts[1], counts[2]));
            }
        }
        return rates;
    }
}
