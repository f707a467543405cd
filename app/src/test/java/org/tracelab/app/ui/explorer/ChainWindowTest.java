package org.tracelab.app.ui.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.tracelab.core.trace.ChainStatus;
import org.tracelab.core.trace.CurationState;
import org.tracelab.storage.query.ChainPage;
import org.tracelab.storage.query.ChainSummary;
import org.tracelab.storage.query.PageRequest;

class ChainWindowTest {

    /** Pages of 2 over chains 1..9, as the store would answer them. */
    private static ChainPage page(PageRequest request) {
        long after = request.afterChainId() == null ? 0 : request.afterChainId();
        List<ChainSummary> rows = LongStream.rangeClosed(after + 1, Math.min(9, after + request.limit()))
                .mapToObj(ChainWindowTest::row)
                .toList();
        long last = rows.isEmpty() ? after : rows.get(rows.size() - 1).chainId();
        return new ChainPage(rows, last < 9 ? new PageRequest(last, request.limit()) : null);
    }

    private static ChainSummary row(long id) {
        return new ChainSummary(
                id, 1, "k" + id, "direct", 1L, 0, ChainStatus.FINISHED, 1, 0, true, true, CurationState.NONE, null);
    }

    private static List<Long> ids(ChainWindow window) {
        return window.rows().stream().map(ChainSummary::chainId).toList();
    }

    @Test
    void keepsAtMostTheLimitDroppingTheFirstPagesAndReadsThemAgainOnTheWayUp() {
        ChainWindow window = new ChainWindow(2, 4);
        assertThat(window.previousRequest()).isNull();

        assertThat(window.append(window.nextRequest(), page(window.nextRequest())))
                .isZero();
        assertThat(window.append(window.nextRequest(), page(window.nextRequest())))
                .isZero();
        assertThat(ids(window)).containsExactly(1L, 2L, 3L, 4L);

        assertThat(window.append(window.nextRequest(), page(window.nextRequest())))
                .isEqualTo(2);
        assertThat(ids(window)).containsExactly(3L, 4L, 5L, 6L);
        window.append(window.nextRequest(), page(window.nextRequest()));
        window.append(window.nextRequest(), page(window.nextRequest()));
        assertThat(ids(window)).containsExactly(7L, 8L, 9L);
        assertThat(window.nextRequest()).as("end of the list").isNull();

        PageRequest up = window.previousRequest();
        assertThat(window.prepend(up, page(up)))
                .as("the last page (one row) dropped")
                .isEqualTo(1);
        assertThat(ids(window)).containsExactly(5L, 6L, 7L, 8L);
        assertThat(window.nextRequest()).isEqualTo(new PageRequest(8L, 2));
        up = window.previousRequest();
        window.prepend(up, page(up));
        up = window.previousRequest();
        window.prepend(up, page(up));
        assertThat(ids(window)).containsExactly(1L, 2L, 3L, 4L);
        assertThat(window.previousRequest()).isNull();
        assertThat(window.size()).isEqualTo(4);
    }

    @Test
    void resetStartsFromTheFirstPage() {
        ChainWindow window = new ChainWindow(2, 4);
        window.append(window.nextRequest(), page(window.nextRequest()));
        window.reset();
        assertThat(window.size()).isZero();
        assertThat(window.nextRequest()).isEqualTo(PageRequest.first(2));
    }
}
