package org.tracelab.app.ui.diff;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tracelab.app.ui.Outcome;
import org.tracelab.app.ui.errors.ErrorReporter;
import org.tracelab.app.ui.jobs.Job;
import org.tracelab.app.ui.jobs.JobRequest;
import org.tracelab.app.ui.jobs.Jobs;
import org.tracelab.core.diff.Hunk;
import org.tracelab.core.diff.TextDiff;
import org.tracelab.core.diff.VerdictChanges;
import org.tracelab.core.diff.WordDiff;
import org.tracelab.core.trace.Attempt;
import org.tracelab.core.trace.Strategy;
import org.tracelab.core.trace.TaskRecord;
import org.tracelab.core.verify.InstructionVerdict;
import org.tracelab.storage.StoredAttempt;

/**
 * The Diff view's state: two attempts side by side, their word-level differences and how each instruction's verdict
 * moved from the left attempt to the right one. The attempts are of one chain ({@link #showChain}) or of any chains
 * in the store: other modes, seeds, forks or runs ({@link #showAttempts}, for Compare and "Compare with…"). They come
 * already loaded; nothing here touches the store. Small texts are compared at once, long ones in a background task
 * that is cancelled when another pair is chosen. Call on the FX thread.
 */
public final class DiffViewModel {

    /** Both texts together up to this many chars are compared on the spot (a few ms at worst). */
    static final int IMMEDIATE_CHARS = 3_000;

    private final Jobs jobs;
    private final ErrorReporter errors;
    private final WordDiff wordDiff;
    private final ObservableList<StoredAttempt> choices = FXCollections.observableArrayList();
    private final ObservableList<StoredAttempt> choicesView = FXCollections.unmodifiableObservableList(choices);
    private final ReadOnlyObjectWrapper<StoredAttempt> left = new ReadOnlyObjectWrapper<>(this, "left");
    private final ReadOnlyObjectWrapper<StoredAttempt> right = new ReadOnlyObjectWrapper<>(this, "right");
    private final ReadOnlyObjectWrapper<DiffContent> content = new ReadOnlyObjectWrapper<>(this, "content");
    private final ReadOnlyStringWrapper leftHeader = new ReadOnlyStringWrapper(this, "leftHeader", "");
    private final ReadOnlyStringWrapper rightHeader = new ReadOnlyStringWrapper(this, "rightHeader", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper verdictNote = new ReadOnlyStringWrapper(this, "verdictNote", "");
    private final ReadOnlyBooleanWrapper computing = new ReadOnlyBooleanWrapper(this, "computing");
    private final ReadOnlyIntegerWrapper currentChange = new ReadOnlyIntegerWrapper(this, "currentChange", -1);
    private final ObservableList<VerdictChangeRow> verdictChanges = FXCollections.observableArrayList();
    private final ObservableList<VerdictChangeRow> verdictChangesView =
            FXCollections.unmodifiableObservableList(verdictChanges);
    /** The chains whose attempts are offered, by chain id, in the order given. */
    private final Map<Long, DiffChain> chains = new LinkedHashMap<>();

    private Job running = Job.DONE;
    private int generation;

    public DiffViewModel(Jobs jobs, ErrorReporter errors, WordDiff wordDiff) {
        this.jobs = jobs;
        this.errors = errors;
        this.wordDiff = wordDiff;
    }

    public DiffViewModel(Jobs jobs, ErrorReporter errors) {
        this(jobs, errors, new WordDiff());
    }

    /**
     * The two attempts to compare by default: the chain's first patch and first regenerate attempt when it has
     * both; else its first failing attempt and its final (last) attempt; else, when no earlier attempt fails, its
     * first and final attempts. Always in chain order. Empty when the chain has fewer than two attempts.
     */
    public static Optional<List<StoredAttempt>> defaultPair(List<StoredAttempt> chainAttempts) {
        if (chainAttempts.size() < 2) {
            return Optional.empty();
        }
        List<StoredAttempt> ordered = chainAttempts.stream()
                .sorted(Comparator.comparingInt(a -> a.attempt().index()))
                .toList();
        Optional<StoredAttempt> patch = first(ordered, Strategy.PATCH);
        Optional<StoredAttempt> regenerate = first(ordered, Strategy.REGENERATE);
        if (patch.isPresent() && regenerate.isPresent()) {
            return Optional.of(inChainOrder(patch.get(), regenerate.get()));
        }
        StoredAttempt last = ordered.get(ordered.size() - 1);
        StoredAttempt firstFailing = ordered.stream()
                .limit(ordered.size() - 1L)
                .filter(a -> fails(a.attempt()))
                .findFirst()
                .orElse(ordered.get(0));
        return Optional.of(List.of(firstFailing, last));
    }

    /** Shows the chain's default pair (see {@link #defaultPair}), with every attempt of the chain to choose from. */
    public void showChain(TaskRecord task, List<StoredAttempt> chainAttempts) {
        Optional<List<StoredAttempt>> pair = defaultPair(chainAttempts);
        offer(List.of(new DiffChain("", task, chainAttempts)));
        if (pair.isEmpty()) {
            clear(
                    chainAttempts.isEmpty()
                            ? "No attempts to compare."
                            : "This chain has a single attempt: nothing to compare.");
            return;
        }
        display(pair.get().get(0), pair.get().get(1));
    }

    /**
     * Shows {@code left} and {@code right} of one chain side by side. When they are not both among the current
     * choices, the choices become these two (use {@link #showChain} to offer the whole chain).
     *
     * @throws IllegalArgumentException when the attempts belong to different chains
     */
    public void show(TaskRecord task, StoredAttempt left, StoredAttempt right) {
        if (left.chainId() != right.chainId()) {
            throw new IllegalArgumentException("attempts " + left.id() + " and " + right.id()
                    + " belong to different chains (" + left.chainId() + ", " + right.chainId() + ")");
        }
        if (!choices.contains(left) || !choices.contains(right) || chains.size() != 1) {
            offer(List.of(
                    new DiffChain("", task, Stream.of(left, right).distinct().toList())));
        }
        display(left, right);
    }

    /**
     * Shows {@code left} and {@code right}, attempts of any of {@code offered} (other modes, seeds, forks or runs),
     * with every attempt of those chains to choose from, each named by its chain's label.
     *
     * @throws IllegalArgumentException when {@code left} or {@code right} is not an attempt of an offered chain
     */
    public void showAttempts(List<DiffChain> offered, StoredAttempt left, StoredAttempt right) {
        for (StoredAttempt attempt : List.of(left, right)) {
            if (offered.stream().noneMatch(chain -> chain.attempts().contains(attempt))) {
                throw new IllegalArgumentException("attempt " + attempt.id() + " is not among the offered chains");
            }
        }
        offer(offered);
        display(left, right);
    }

    /** Picks another pair among the choices (the pickers call this); does nothing before anything is shown. */
    public void choose(StoredAttempt newLeft, StoredAttempt newRight) {
        if (chains.isEmpty()
                || newLeft == null
                || newRight == null
                || !choices.contains(newLeft)
                || !choices.contains(newRight)
                || newLeft.equals(left.get()) && newRight.equals(right.get())) {
            return;
        }
        display(newLeft, newRight);
    }

    /**
     * How the pickers and the window title name an attempt: {@code attempt 1 · patch}, after its chain's tag when
     * attempts of several chains are offered ({@code B · chain 117 · attempt 1 · patch}).
     */
    public String label(StoredAttempt attempt) {
        if (attempt == null) {
            return "";
        }
        DiffChain chain = chains.get(attempt.chainId());
        return chain == null || chain.tag().isEmpty() || chains.size() < 2
                ? describe(attempt)
                : chain.tag() + " · " + describe(attempt);
    }

    private void display(StoredAttempt left, StoredAttempt right) {
        this.left.set(left);
        this.right.set(right);
        leftHeader.set(sideHeader(left));
        rightHeader.set(sideHeader(right));
        updateVerdictChanges(left.attempt(), right.attempt());
        compare(left.attempt(), right.attempt());
    }

    /** The attempt's header, on a line below its chain's label when several chains are offered. */
    private String sideHeader(StoredAttempt attempt) {
        DiffChain chain = chains.get(attempt.chainId());
        String header = header(attempt.attempt(), chain == null ? null : chain.task());
        return chain == null || chain.label().isEmpty() || chains.size() < 2 ? header : chain.label() + "\n" + header;
    }

    private void offer(List<DiffChain> offered) {
        chains.clear();
        offered.forEach(chain -> chains.put(chain.chainId(), chain));
        if (offered.size() == 1) {
            setChoices(offered.get(0).attempts());
        } else {
            choices.setAll(offered.stream()
                    .flatMap(chain -> chain.attempts().stream()
                            .sorted(Comparator.comparingInt(a -> a.attempt().index())))
                    .toList());
        }
    }

    /** Puts the right attempt on the left and the left one on the right. */
    public void swap() {
        choose(right.get(), left.get());
    }

    public ObservableList<StoredAttempt> choices() {
        return choicesView;
    }

    public ReadOnlyObjectProperty<StoredAttempt> left() {
        return left.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<StoredAttempt> right() {
        return right.getReadOnlyProperty();
    }

    /** The texts shown and their differences; null when nothing is shown. */
    public ReadOnlyObjectProperty<DiffContent> content() {
        return content.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty leftHeader() {
        return leftHeader.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty rightHeader() {
        return rightHeader.getReadOnlyProperty();
    }

    /** One line about the comparison: how many changes, or that it is running, or why nothing is shown. */
    public ReadOnlyStringProperty status() {
        return status.getReadOnlyProperty();
    }

    /** Why the verdict table is empty, when it is. */
    public ReadOnlyStringProperty verdictNote() {
        return verdictNote.getReadOnlyProperty();
    }

    /** A comparison is running in the background. */
    public ReadOnlyBooleanProperty computing() {
        return computing.getReadOnlyProperty();
    }

    /** Per instruction, how its strict and loose verdicts moved from the left attempt to the right one. */
    public ObservableList<VerdictChangeRow> verdictChanges() {
        return verdictChangesView;
    }

    /** The position of the change last stepped to among {@link TextDiff#changes()}, -1 before any. */
    public ReadOnlyIntegerProperty currentChange() {
        return currentChange.getReadOnlyProperty();
    }

    /** Steps to the next change (the first, the first time) and returns it; empty when there is none. */
    public Optional<Hunk> nextChange() {
        return stepTo(currentChange.get() + 1);
    }

    /** Steps to the previous change and returns it; empty when there is none. */
    public Optional<Hunk> previousChange() {
        return stepTo(Math.max(0, currentChange.get() - 1));
    }

    private Optional<Hunk> stepTo(int wanted) {
        DiffContent shown = content.get();
        List<Hunk> changes =
                shown == null ? List.of() : shown.diff().map(TextDiff::changes).orElse(List.of());
        if (changes.isEmpty()) {
            return Optional.empty();
        }
        int index = Math.min(wanted, changes.size() - 1);
        currentChange.set(index);
        return Optional.of(changes.get(index));
    }

    /** How a picker lists an attempt, e.g. {@code attempt 1 · patch}. */
    public static String describe(StoredAttempt attempt) {
        return attempt == null
                ? ""
                : "attempt " + attempt.attempt().index() + " · "
                        + attempt.attempt().strategy().wireName();
    }

    /** Stops a running comparison (when the view goes away). */
    public void cancel() {
        running.cancel();
        running = Job.DONE;
        generation++;
        computing.set(false);
    }

    private void compare(Attempt leftAttempt, Attempt rightAttempt) {
        cancel();
        String leftText = leftAttempt.output();
        String rightText = rightAttempt.output();
        if (leftText.length() + rightText.length() <= IMMEDIATE_CHARS) {
            showDiff(leftText, rightText, wordDiff.compare(leftText, rightText));
            return;
        }
        currentChange.set(-1);
        content.set(new DiffContent(leftText, rightText, Optional.empty()));
        status.set("Comparing " + (leftText.length() + rightText.length()) + " characters…");
        computing.set(true);
        int comparing = generation;
        running = jobs.submit(JobRequest.browse("Comparing attempts", progress -> {
                    progress.update(-1, 1); // Myers reports no steady progress: show the job as running
                    return wordDiff.compare(leftText, rightText, progress::cancelled);
                })
                .message("attempt " + leftAttempt.index() + " vs " + rightAttempt.index())
                .onSuccess(diff -> {
                    if (comparing == generation) {
                        running = Job.DONE;
                        computing.set(false);
                        showDiff(leftText, rightText, diff);
                    }
                })
                .onFailure(failure -> {
                    if (comparing == generation) {
                        running = Job.DONE;
                        computing.set(false);
                        status.set("The comparison failed.");
                        errors.report(
                                "Cannot compare attempts " + leftAttempt.index() + " and " + rightAttempt.index()
                                        + ". Choose the pair again; the texts are shown without highlights.",
                                failure);
                    }
                }));
    }

    private void showDiff(String leftText, String rightText, TextDiff diff) {
        currentChange.set(-1);
        content.set(new DiffContent(leftText, rightText, Optional.of(diff)));
        status.set(summary(diff));
    }

    private static String summary(TextDiff diff) {
        if (diff.identical()) {
            return "The texts are identical.";
        }
        int changes = diff.changeCount();
        String count = changes == 1 ? "1 change" : changes + " changes";
        return diff.coarse() ? count + " (large texts: some changed blocks are marked whole, not word by word)" : count;
    }

    private void updateVerdictChanges(Attempt leftAttempt, Attempt rightAttempt) {
        if (leftAttempt.verdicts().isEmpty() || rightAttempt.verdicts().isEmpty()) {
            verdictChanges.clear();
            Attempt unverified = leftAttempt.verdicts().isEmpty() ? leftAttempt : rightAttempt;
            verdictNote.set("Attempt " + unverified.index() + " has no verdicts ("
                    + (unverified.error() != null ? "the call failed" : "not verified") + "): nothing to compare.");
            return;
        }
        try {
            verdictChanges.setAll(VerdictChanges.between(leftAttempt.verdicts(), rightAttempt.verdicts()).stream()
                    .map(VerdictChangeRow::of)
                    .toList());
            verdictNote.set("");
        } catch (IllegalArgumentException e) {
            verdictChanges.clear();
            verdictNote.set("The verdicts do not match: " + e.getMessage() + ".");
        }
    }

    private void clear(String why) {
        cancel();
        left.set(null);
        right.set(null);
        content.set(null);
        currentChange.set(-1);
        leftHeader.set("");
        rightHeader.set("");
        verdictChanges.clear();
        verdictNote.set("");
        status.set(why);
    }

    private void setChoices(List<StoredAttempt> attempts) {
        choices.setAll(attempts.stream()
                .sorted(Comparator.comparingInt(a -> a.attempt().index()))
                .toList());
    }

    /** E.g. {@code attempt 1 · patch · strict 2/3 · loose 3/3}, or {@code … · call failed}. */
    static String header(Attempt attempt, TaskRecord task) {
        String head = "attempt " + attempt.index() + " · " + attempt.strategy().wireName();
        if (attempt.error() != null) {
            return head + " · call failed";
        }
        List<InstructionVerdict> verdicts = attempt.verdicts();
        if (verdicts.isEmpty()) {
            return head + " · not verified";
        }
        int total = task == null ? verdicts.size() : task.instructionIds().size();
        long strict = verdicts.stream().filter(InstructionVerdict::strict).count();
        long loose = verdicts.stream().filter(InstructionVerdict::loose).count();
        String verdict = Outcome.of(attempt, total).label();
        return head + " · " + verdict + " · strict " + strict + "/" + total + " · loose " + loose + "/" + total;
    }

    private static boolean fails(Attempt attempt) {
        return attempt.error() != null || attempt.verdicts().stream().anyMatch(v -> !v.strict());
    }

    private static Optional<StoredAttempt> first(List<StoredAttempt> ordered, Strategy strategy) {
        return ordered.stream().filter(a -> a.attempt().strategy() == strategy).findFirst();
    }

    private static List<StoredAttempt> inChainOrder(StoredAttempt a, StoredAttempt b) {
        return a.attempt().index() < b.attempt().index() ? List.of(a, b) : List.of(b, a);
    }
}
