package org.tracelab.app.ui.runs;

import java.util.Comparator;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import org.tracelab.app.ui.samples.IllustrationBadge;

/** The run's name, with the Illustration badge before it when the run holds hand-written illustrations. */
final class RunNameCell extends TableCell<RunRow, RunRow> {

    static TableColumn<RunRow, RunRow> column(double width) {
        TableColumn<RunRow, RunRow> column = new TableColumn<>("Name");
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setCellFactory(c -> new RunNameCell());
        column.setComparator(Comparator.comparing(RunRow::name));
        column.setPrefWidth(width);
        return column;
    }

    @Override
    protected void updateItem(RunRow row, boolean empty) {
        super.updateItem(row, empty);
        if (empty || row == null) {
            setText(null);
            setGraphic(null);
            return;
        }
        setText(row.name());
        if (row.illustration()) {
            IllustrationBadge badge = new IllustrationBadge();
            badge.setId("runIllustrationBadge-" + row.id());
            setGraphic(badge);
        } else {
            setGraphic(null);
        }
    }
}
