package org.tracelab.app.ui.explorer;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import org.tracelab.app.ui.Outcome;
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
        getColumns()
                .add(column("Seed", row -> row.seed() == null ? "–" : row.seed().toString(), 60));
        getColumns().add(column("Fork", row -> String.valueOf(row.fork()), 45));
        getColumns().add(column("Attempts", row -> String.valueOf(row.attempts()), 70));
        getColumns().add(verdictColumn());
        getColumns().add(column("Curation", row -> row.curation().wireName(), 80));
        getColumns().add(column("Status", row -> row.status().wireName(), 80));
        setPlaceholder(new Label("No chains match: loosen the filters on the left."));
        setRowFactory(table -> new PagingRow());
        setContextMenu(contextMenu(viewModel));

        getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (!syncing && row != null && row != viewModel.selectedChain().get()) {
                viewModel.selectChain(row);
            }
        });
        viewModel.selectedChain().addListener((obs, old, row) -> showSelected(row));
        viewModel.chains().setShiftListener(this::keepRowsInSight);
    }

    /** The open chain's actions (also on D, I, X), and copying what identifies it. */
    private static javafx.scene.control.ContextMenu contextMenu(ExplorerViewModel viewModel) {
        javafx.scene.control.MenuItem diff = item("chainDiffItem", "Diff A → B", viewModel::openDiff);
        javafx.scene.control.MenuItem include =
                item("chainIncludeItem", "Include A/B as a pair", viewModel::includePair);
        javafx.scene.control.MenuItem exclude =
                item("chainExcludeItem", "Exclude A/B as a pair", viewModel::excludePair);
        javafx.scene.control.MenuItem copy = item("chainCopyItem", "Copy chain, run and task", () -> {
            ChainSummary row = viewModel.selectedChain().get();
            if (row != null) {
                javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
                content.putString("chain " + row.chainId() + ", run " + row.runId() + ", task " + row.datasetKey()
                        + ", " + row.mode() + ", seed " + (row.seed() == null ? "–" : row.seed()) + ", fork "
                        + row.fork());
                javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
            }
        });
        javafx.scene.control.ContextMenu menu = new javafx.scene.control.ContextMenu(
                diff, include, exclude, new javafx.scene.control.SeparatorMenuItem(), copy);
        menu.setId("chainMenu");
        menu.setOnShowing(event -> {
            boolean compare = viewModel.chain().canCompare().get();
            diff.setDisable(!compare);
            include.setDisable(!compare);
            exclude.setDisable(!compare);
            copy.setDisable(viewModel.selectedChain().get() == null);
        });
        return menu;
    }

    private static javafx.scene.control.MenuItem item(String id, String text, Runnable action) {
        javafx.scene.control.MenuItem item = new javafx.scene.control.MenuItem(text);
        item.setId(id);
        item.setMnemonicParsing(false);
        item.setOnAction(event -> action.run());
        return item;
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
            if (flow == null
                    || flow.getFirstVisibleCell() == null
                    || index < flow.getFirstVisibleCell().getIndex()
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

    private static TableColumn<ChainSummary, String> column(
            String title, Function<ChainSummary, String> text, double width) {
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
                getStyleClass()
                        .removeAll(Styles.VERDICT_PASS, Styles.VERDICT_LOOSE, Styles.VERDICT_FAIL, Styles.VERDICT_NONE);
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
