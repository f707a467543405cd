package org.tracelab.app.ui.benchmark;

/** One point of the live chart: a mode's strict pass rate (percent) after {@code done} of its chains. */
public record RatePoint(String mode, int done, double percent) {}
