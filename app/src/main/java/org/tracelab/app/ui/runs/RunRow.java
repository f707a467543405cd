package org.tracelab.app.ui.runs;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import org.tracelab.app.service.report.RunCompletion;
import org.tracelab.core.trace.RunInfo;
import org.tracelab.storage.StoredRun;

/**
 * A run as the runs table shows it: display texts, computed once off the FX thread.
 *
 * @param illustration the run holds hand-written illustrations, not model output ({@link RunInfo#isIllustration()})
 * @param notes        the run's notes, null when none
 * @param unfinished   for a run that stopped early, "12 of 30 chains · 3 failed calls"; empty otherwise
 */
public record RunRow(
        long id,
        String name,
        String model,
        String modes,
        String seeds,
        String status,
        String created,
        String verifierVersion,
        boolean illustration,
        String notes,
        String unfinished) {

    public RunRow {
        unfinished = unfinished == null ? "" : unfinished;
    }

    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** A row of a run of model output. */
    public RunRow(
            long id,
            String name,
            String model,
            String modes,
            String seeds,
            String status,
            String created,
            String verifierVersion) {
        this(id, name, model, modes, seeds, status, created, verifierVersion, false, null, "");
    }

    /** A row without notes. */
    public RunRow(
            long id,
            String name,
            String model,
            String modes,
            String seeds,
            String status,
            String created,
            String verifierVersion,
            boolean illustration) {
        this(id, name, model, modes, seeds, status, created, verifierVersion, illustration, null, "");
    }

    /** A row that does not say how far the run got (a finished run). */
    public static RunRow of(StoredRun run, ZoneId zone) {
        return of(run, null, zone);
    }

    /** @param completion how far the run got, null when not asked (a finished run) */
    public static RunRow of(StoredRun run, RunCompletion completion, ZoneId zone) {
        RunInfo info = run.info();
        return new RunRow(
                run.id(),
                info.name(),
                info.model().name(),
                String.join(", ", info.modes()),
                info.seeds().isEmpty()
                        ? "–"
                        : info.seeds().stream().map(String::valueOf).collect(Collectors.joining(", ")),
                info.status().wireName(),
                CREATED.format(info.createdAt().atZone(zone)),
                info.verifierVersion(),
                info.isIllustration(),
                info.notes(),
                completion == null ? "" : completion.unfinishedSummary());
    }

    /** "#3 name (model)": how lists and headings name the run. */
    public String label() {
        return "#" + id + " " + name + " (" + model + ")";
    }
}
