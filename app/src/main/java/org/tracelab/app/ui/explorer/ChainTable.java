package org.tracelab.app.ui.explorer;

import org.tracelab.app.ui.Outcome;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import org.tracelab.app.ui.Styles;
import org.tracelab.storage.query.ChainSummary;

/**
 * The chain list: a virtualised table over the rows the view model holds. Rows near either end of what is held
 * ask for the next (or the earlier) page, so scrolling reads the store a page at a time.
 */
final class ChainTable extends TableView<ChainSummary> {

    /** How close to an end of the held rows a shown row starts the next read. */
    private static final int PREFETCH_ROWS = 40;

    private final ExplorerViewModel viewModel;
    private boolean syncing;

    ChainTable(ExplorerViewModel viewModel) {
        super(viewModel.chains().rows());
        this.viewModel = viewModel;
        setId("chainTable");
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        getColumns().add(column("Chain", row -> "#" + row.chainId(), 70));
        getColumns().add(column("Run", row -> "#" + row.runId(), 50));
        getColumns().add(column("Task", ChainSummary::datasetKey, 70));
        getColumns().add(column("Mode", ChainSummary::mode, 110));
        getColumns().add(column("Seed", row -> row.seed() == null ? "–" : row.seed().toString(), 60));
        getColumns().add(column("Fork", row -> String.valueOf(row.fork()), 45));
        getColumns().add(column("Attempts", row -> String.valueOf(row.attempts()), 70));
        getColumns().add(verdictColumn());
        getColumns().add(column("Curation", row -> row.curation().wireName(), 80));
        getColumns().add(column("Status", row -> row.status().wireName(), 80));
        setPlaceholder(new Label("No chains match: loosen the filters on the left."));
        setRowFactory(table -> new PagingRow());

        getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (!syncing && row != null && row != viewModel.selectedChain().get()) {
                viewModel.selectChain(row);
            }
        });
        viewModel.selectedChain().addListener((obs, old, row) -> showSelected(row));
        viewModel.chains().setShiftListener(this::keepRowsInSight);
    }

    private void showSelected(ChainSummary row) {
        syncing = true;
        try {
            int index = row == null ? -1 : getItems().indexOf(row);
            if (index < 0) {
                getSelectionModel().clearSelection();
                return;
            }
            getSelectionModel().select(index);
            VirtualFlow<?> flow = flow();
            if (flow == null || flow.getFirstVisibleCell() == null || index < flow.getFirstVisibleCell().getIndex()
                    || index > flow.getLastVisibleCell().getIndex()) {
                scrollTo(Math.max(0, index - 3));
            }
        } finally {
            syncing = false;
        }
    }

    /** Rows were added or dropped at the start: scroll by as many, so the same chains stay in sight. */
    private void keepRowsInSight(int added) {
        VirtualFlow<?> flow = flow();
        IndexedCell<?> first = flow == null ? null : flow.getFirstVisibleCell();
        if (first != null) {
            scrollTo(Math.max(0, first.getIndex() + added));
        }
    }

    private VirtualFlow<?> flow() {
        return lookup(".virtual-flow") instanceof VirtualFlow<?> flow ? flow : null;
    }

    private static TableColumn<ChainSummary, String> column(String title, Function<ChainSummary, String> text,
            double width) {
        TableColumn<ChainSummary, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(text.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false); // the store's order (chain id) is the only one pages can keep
        return column;
    }

    private static TableColumn<ChainSummary, ChainSummary> verdictColumn() {
        TableColumn<ChainSummary, ChainSummary> column = new TableColumn<>("Final verdict");
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setPrefWidth(110);
        column.setSortable(false);
        column.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(ChainSummary row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().removeAll(Styles.VERDICT_PASS, Styles.VERDICT_LOOSE, Styles.VERDICT_FAIL,
                        Styles.VERDICT_NONE);
                if (empty || row == null) {
                    setText(null);
                    return;
                }
                Outcome outcome = Outcome.of(row.finalStrict(), row.finalLoose());
                getStyleClass().add(outcome.styleClass());
                setText(outcome == Outcome.UNVERIFIED ? "… open" : outcome.markedLabel());
            }
        });
        return column;
    }

    private final class PagingRow extends TableRow<ChainSummary> {
        @Override
        public void updateIndex(int index) {
            super.updateIndex(index);
            int held = viewModel.chains().rows().size();
            if (index < 0 || held == 0) {
                return;
            }
            if (index >= held - PREFETCH_ROWS) {
                viewModel.chains().loadMore();
            } else if (index < PREFETCH_ROWS) {
                viewModel.chains().loadEarlier();
            }
        }
    }
}
