package org.tracelab.app.ui.explorer;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.tracelab.storage.query.ChainPage;
import org.tracelab.storage.query.ChainSummary;
import org.tracelab.storage.query.PageRequest;

/**
 * The consecutive keyset pages of the chain list held in memory: pages are added at the end as the list scrolls
 * down and, once more than {@code maxRows} rows are held, the first pages are dropped (and fetched again when
 * the list scrolls back up). So scrolling through a million chains keeps a few thousand rows, never all.
 * Not thread-safe: used on one thread (the FX thread in the app).
 */
final class ChainWindow {

    private final int pageSize;
    private final int maxRows;
    private final Deque<HeldPage> held = new ArrayDeque<>();
    /** Requests of the pages dropped above the window, the nearest last. */
    private final Deque<PageRequest> above = new ArrayDeque<>();

    private PageRequest below;
    private int rows;

    ChainWindow(int pageSize, int maxRows) {
        if (maxRows < 2 * pageSize) {
            throw new IllegalArgumentException("the window must hold at least two pages");
        }
        this.pageSize = pageSize;
        this.maxRows = maxRows;
        reset();
    }

    /** Forgets every page; the next page to fetch is the first. */
    void reset() {
        held.clear();
        above.clear();
        rows = 0;
        below = PageRequest.first(pageSize);
    }

    /** The request for the page after the window, or null at the end of the list. */
    PageRequest nextRequest() {
        return below;
    }

    /** The request for the page before the window, or null when the window starts at the top. */
    PageRequest previousRequest() {
        return above.peekLast();
    }

    int size() {
        return rows;
    }

    /**
     * Adds the page fetched with {@link #nextRequest()} at the end; returns how many rows were dropped at the
     * start to stay within the limit.
     */
    int append(PageRequest request, ChainPage page) {
        held.addLast(new HeldPage(request, page.rows()));
        rows += page.rows().size();
        below = page.next();
        int dropped = 0;
        while (rows > maxRows && held.size() > 1) {
            HeldPage first = held.removeFirst();
            above.addLast(first.request());
            rows -= first.rows().size();
            dropped += first.rows().size();
        }
        return dropped;
    }

    /**
     * Adds the page fetched with {@link #previousRequest()} at the start; returns how many rows were dropped at
     * the end to stay within the limit.
     */
    int prepend(PageRequest request, ChainPage page) {
        above.removeLast();
        held.addFirst(new HeldPage(request, page.rows()));
        rows += page.rows().size();
        int dropped = 0;
        while (rows > maxRows && held.size() > 1) {
            HeldPage last = held.removeLast();
            below = last.request();
            rows -= last.rows().size();
            dropped += last.rows().size();
        }
        return dropped;
    }

    /** The rows held, in list order. */
    List<ChainSummary> rows() {
        List<ChainSummary> all = new ArrayList<>(rows);
        held.forEach(page -> all.addAll(page.rows()));
        return all;
    }

    private record HeldPage(PageRequest request, List<ChainSummary> rows) {}
}
