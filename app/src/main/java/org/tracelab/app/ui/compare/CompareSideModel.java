package org.tracelab.app.ui.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tracelab.app.service.workspace.Workspace;
import org.tracelab.app.ui.errors.ErrorReporter;
import org.tracelab.app.ui.jobs.JobRequest;
import org.tracelab.app.ui.jobs.Jobs;
import org.tracelab.app.ui.runs.RunRow;
import org.tracelab.core.compare.CompareSide;
import org.tracelab.core.trace.RunInfo;

/**
 * One side of a comparison as the person picks it: a run, and within it one mode, seed and fork or all of them.
 * Choosing a run reads its modes, seeds and forks in the background and offers them; {@link #ALL} keeps every one.
 * Call on the FX thread.
 */
public final class CompareSideModel {

    /** The choice that keeps every mode, seed or fork. */
    public static final String ALL = "all";

    private final ObservableValue<Workspace> workspace;
    private final Jobs jobs;
    private final ErrorReporter errors;
    private final ObjectProperty<RunRow> run = new SimpleObjectProperty<>(this, "run");
    private final ObservableList<String> modes = FXCollections.observableArrayList(ALL);
    private final ObservableList<String> seeds = FXCollections.observableArrayList(ALL);
    private final ObservableList<String> forks = FXCollections.observableArrayList(ALL);
    private final ObjectProperty<String> mode = new SimpleObjectProperty<>(this, "mode", ALL);
    private final ObjectProperty<String> seed = new SimpleObjectProperty<>(this, "seed", ALL);
    private final ObjectProperty<String> fork = new SimpleObjectProperty<>(this, "fork", ALL);
    private String pendingMode;
    private int generation;

    public CompareSideModel(ObservableValue<Workspace> workspace, Jobs jobs, ErrorReporter errors) {
        this.workspace = workspace;
        this.jobs = jobs;
        this.errors = errors;
        run.addListener((obs, old, chosen) -> readChoices(chosen));
    }

    /** The chosen run; null while none is. */
    public ObjectProperty<RunRow> run() {
        return run;
    }

    /** {@link #ALL} and the run's modes. */
    public ObservableList<String> modes() {
        return modes;
    }

    /** {@link #ALL} and the run's seeds. */
    public ObservableList<String> seeds() {
        return seeds;
    }

    /** {@link #ALL} and the run's fork indexes. */
    public ObservableList<String> forks() {
        return forks;
    }

    public ObjectProperty<String> mode() {
        return mode;
    }

    public ObjectProperty<String> seed() {
        return seed;
    }

    public ObjectProperty<String> fork() {
        return fork;
    }

    /** Chooses a run and, once its choices are read, {@code modeChoice} among them (else all modes). */
    public void choose(RunRow runRow, String modeChoice) {
        if (Objects.equals(run.get(), runRow) && modes.contains(modeChoice)) {
            mode.set(modeChoice);
            return;
        }
        pendingMode = modeChoice;
        run.set(runRow);
    }

    /** The side as chosen; empty while no run is chosen. */
    public Optional<CompareSide> side() {
        RunRow chosen = run.get();
        if (chosen == null) {
            return Optional.empty();
        }
        return Optional.of(new CompareSide(
                chosen.id(),
                only(mode.get()),
                only(seed.get()).stream().map(Long::valueOf).collect(Collectors.toSet()),
                only(fork.get()).stream().map(Integer::valueOf).collect(Collectors.toSet())));
    }

    private static Set<String> only(String choice) {
        return choice == null || ALL.equals(choice) ? Set.of() : Set.of(choice);
    }

    private void readChoices(RunRow chosen) {
        int reading = ++generation;
        modes.setAll(ALL);
        seeds.setAll(ALL);
        forks.setAll(ALL);
        mode.set(ALL);
        seed.set(ALL);
        fork.set(ALL);
        Workspace store = workspace.getValue();
        if (chosen == null || store == null) {
            return;
        }
        jobs.submit(JobRequest.browse("Reading run #" + chosen.id(), progress -> store.runInfo(chosen.id()))
                .onSuccess(info -> {
                    if (reading == generation) {
                        info.ifPresent(this::offer);
                    }
                })
                .onFailure(failure -> errors.report(
                        "Cannot read run #" + chosen.id() + " from the store. Choose it " + "again to retry.",
                        failure)));
    }

    private void offer(RunInfo info) {
        List<String> forkChoices = new ArrayList<>(List.of(ALL));
        for (int i = 0; i < info.forks(); i++) {
            forkChoices.add(Integer.toString(i));
        }
        List<String> modeChoices = new ArrayList<>(List.of(ALL));
        modeChoices.addAll(info.modes());
        List<String> seedChoices = new ArrayList<>(List.of(ALL));
        info.seeds().forEach(s -> seedChoices.add(Long.toString(s)));
        modes.setAll(modeChoices);
        seeds.setAll(seedChoices);
        forks.setAll(forkChoices);
        // A list replaced under a combo box can leave its value empty: choose again.
        mode.set(pendingMode != null && modes.contains(pendingMode) ? pendingMode : ALL);
        seed.set(ALL);
        fork.set(ALL);
        pendingMode = null;
    }
}
