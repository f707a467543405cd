package org.tracelab.app.ui.benchmark;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.tracelab.app.service.bench.FaultPolicy;
import org.tracelab.app.service.bench.PlanValues;
import org.tracelab.app.service.bench.PlanValues.Parsed;
import org.tracelab.core.model.CallTimeouts;
import org.tracelab.core.run.BenchmarkPlan;

/**
 * The benchmark form's section for a failing server: how long a call may stay silent, how long it may take in all,
 * and how many calls lost in a row end the run ({@code interrupted}, to be resumed). Read by {@link PlanValues}, as
 * {@code bench --idle-timeout/--request-timeout/--fault-limit} are. None of it changes what the model is asked, so a
 * resumed run may use other values. Contributes the {@link FaultPolicy} and its own problems.
 */
public final class FaultSection {

    private final StringProperty idleTimeout = new SimpleStringProperty(this, "idleTimeout", "");
    private final StringProperty requestTimeout = new SimpleStringProperty(this, "requestTimeout", "");
    private final StringProperty faultLimit =
            new SimpleStringProperty(this, "faultLimit", String.valueOf(BenchmarkPlan.DEFAULT_FAULT_LIMIT));

    /** What the section's problems depend on. */
    List<Observable> inputs() {
        return List.of(idleTimeout, requestTimeout, faultLimit);
    }

    /** Seconds without a byte before a call ends; blank for the default (120). */
    public StringProperty idleTimeout() {
        return idleTimeout;
    }

    /** Seconds one call may take in all; blank for 60 + 0.5 per max token. */
    public StringProperty requestTimeout() {
        return requestTimeout;
    }

    /** Calls lost in a row that end the run. */
    public StringProperty faultLimit() {
        return faultLimit;
    }

    /** The policy, when the section has no problem; the problems go to {@code problems}. */
    Optional<FaultPolicy> policy(List<String> problems) {
        int before = problems.size();
        CallTimeouts timeouts = CallTimeouts.defaults();
        if (!idleTimeout.get().isBlank()) {
            Optional<Integer> idle = value(PlanValues.seconds(idleTimeout.get()), "Idle timeout", problems);
            if (idle.isPresent()) {
                timeouts = timeouts.withIdle(Duration.ofSeconds(idle.get()));
            }
        }
        if (!requestTimeout.get().isBlank()) {
            Optional<Integer> perCall = value(PlanValues.seconds(requestTimeout.get()), "Request timeout", problems);
            if (perCall.isPresent()) {
                timeouts = timeouts.withPerCall(Duration.ofSeconds(perCall.get()));
            }
        }
        Optional<Integer> limit = value(PlanValues.count(faultLimit.get()), "Fault limit", problems);
        return problems.size() > before
                ? Optional.empty()
                : Optional.of(new FaultPolicy(timeouts, limit.orElseThrow()));
    }

    /** "Idle timeout must be a whole number of seconds, at least 1." */
    private static <T> Optional<T> value(Parsed<T> parsed, String field, List<String> problems) {
        if (!parsed.ok()) {
            problems.add(field + " " + parsed.problem() + ".");
            return Optional.empty();
        }
        return Optional.of(parsed.value());
    }
}
