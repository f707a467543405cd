package org.tracelab.app.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.tracelab.app.service.bench.BenchmarkListener;
import org.tracelab.core.run.Progress;

/** A one-line progress bar on stderr (stdout keeps only the command's results), redrawn at most 4 times a second. */
final class ConsoleProgress implements BenchmarkListener {

    private static final int WIDTH = 30;
    private final PrintWriter err;
    private long lastDraw;
    private boolean drawn;

    ConsoleProgress(PrintWriter err) {
        this.err = err;
    }

    @Override
    public synchronized void onProgress(Progress p) {
        long now = System.nanoTime();
        if (now - lastDraw < 250_000_000L && p.doneChains() < p.totalChains()) {
            return;
        }
        lastDraw = now;
        int filled = p.totalChains() == 0 ? WIDTH : WIDTH * p.doneChains() / p.totalChains();
        StringBuilder line = new StringBuilder("\r[");
        line.append("#".repeat(filled)).append(" ".repeat(WIDTH - filled)).append("] ");
        line.append(p.doneChains())
                .append('/')
                .append(p.totalChains())
                .append(" chains, ")
                .append(p.attempts())
                .append(" attempts");
        Map<String, Progress.ModeTally> modes = new TreeMap<>(p.byMode());
        modes.forEach(
                (mode, tally) -> line.append(String.format(Locale.ROOT, "  %s %.0f%%", mode, 100 * tally.passRate())));
        p.eta().ifPresent(eta -> line.append("  ETA ").append(format(eta)));
        err.print(line);
        err.flush();
        drawn = true;
    }

    synchronized void finish() {
        if (drawn) {
            err.println();
            err.flush();
        }
    }

    private static String format(Duration d) {
        long s = d.toSeconds();
        return s >= 3600
                ? String.format(Locale.ROOT, "%dh%02dm", s / 3600, s / 60 % 60)
                : String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
    }
}
