package org.tracelab.core.model;

import java.time.Duration;

/** Waits between retries; injectable so tests can observe the backoff without waiting for it. */
@FunctionalInterface
public interface Sleeper {

    Sleeper REAL = duration -> Thread.sleep(duration.toMillis());

    void sleep(Duration duration) throws InterruptedException;
}
