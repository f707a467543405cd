package org.tracelab.app.ui.compose;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import org.tracelab.app.service.report.InstructionLabels;
import org.tracelab.app.ui.Styles;
import org.tracelab.core.verify.constraint.ConstraintFamily;

/**
 * The composer's constraint types as a checklist grouped by benchmark (IFEval, IFBench, Custom): one row per type
 * with its readable name (the id and the drawn ranges in a tooltip) and three ticks — use only, never, hold out.
 * Shows the section's searched types; ticks are bound to the section's choices. A view: it decides nothing.
 */
final class ConstraintChecklist {

    /** A row: a benchmark's heading or one constraint type. */
    sealed interface Row permits GroupRow, TypeRow {
    }

    record GroupRow(ConstraintFamily family, int shown, int total) implements Row {
        String title() {
            return InstructionLabels.benchmark(family) + " (" + (shown == total ? total : shown + " of " + total) + ")";
        }
    }

    record TypeRow(ConstraintChoice choice) implements Row {
    }

    private ConstraintChecklist() {
    }

    static TreeTableView<Row> of(ConstraintChoicesSection section) {
        TreeTableView<Row> table = new TreeTableView<>(new TreeItem<>());
        table.setId("constraintTable");
        table.setShowRoot(false);
        table.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No constraint type matches the search."));

        TreeTableColumn<Row, Row> name = column("Constraint type", "constraintNameColumn", 230);
        name.setCellFactory(c -> new NameCell());
        TreeTableColumn<Row, Row> id = column("Id", "constraintIdColumn", 250);
        id.setCellFactory(c -> new IdCell());
        table.getColumns().add(name);
        table.getColumns().add(id);
        table.getColumns().add(tick("Use only", "only", ConstraintChoice::only, true,
                "Draw only from the types ticked here (--ids)"));
        table.getColumns().add(tick("Never", "never", ConstraintChoice::never, true,
                "Never draw these types (--exclude-ids)"));
        table.getColumns().add(tick("Hold out", "holdout", ConstraintChoice::holdout, false,
                "Keep these types out of every task and record them, so an evaluation on them stays clean "
                        + "(--holdout-ids)"));

        Runnable rebuild = () -> rebuild(table, section);
        section.shown().addListener((ListChangeListener<ConstraintChoice>) change -> rebuild.run());
        rebuild.run();
        return table;
    }

    /** One tree item per shown type under its benchmark's heading; IFBench starts folded unless searched for. */
    private static void rebuild(TreeTableView<Row> table, ConstraintChoicesSection section) {
        Map<ConstraintFamily, List<ConstraintChoice>> shown = new LinkedHashMap<>();
        section.shown().forEach(choice -> shown.computeIfAbsent(choice.label().family(), f -> new ArrayList<>())
                .add(choice));
        Map<ConstraintFamily, Long> totals = new LinkedHashMap<>();
        section.choices().forEach(choice -> totals.merge(choice.label().family(), 1L, Long::sum));
        boolean searching = !section.search().get().isBlank();
        List<TreeItem<Row>> groups = new ArrayList<>();
        shown.forEach((family, choices) -> {
            TreeItem<Row> group = new TreeItem<>(new GroupRow(family, choices.size(), totals.get(family).intValue()));
            choices.forEach(choice -> group.getChildren().add(new TreeItem<>(new TypeRow(choice))));
            group.setExpanded(searching || family != ConstraintFamily.IFBENCH);
            groups.add(group);
        });
        table.getRoot().getChildren().setAll(groups);
    }

    /** A column whose cells get the whole row, so a cell reused for another row always updates. */
    private static TreeTableColumn<Row, Row> column(String title, String id, double width) {
        TreeTableColumn<Row, Row> column = new TreeTableColumn<>(title);
        column.setId(id);
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().getValue()));
        return column;
    }

    private static TreeTableColumn<Row, Row> tick(String title, String idPrefix,
            Function<ConstraintChoice, BooleanProperty> property, boolean composableOnly, String help) {
        TreeTableColumn<Row, Row> column = column("", idPrefix + "Column", 80);
        Label header = new Label(title);
        header.setTooltip(new Tooltip(help));
        column.setGraphic(header);
        column.setMinWidth(80);
        column.setCellFactory(c -> new TickCell(idPrefix, property, composableOnly));
        return column;
    }

    /** Headings in bold; a type's id and ranges in its tooltip. */
    private static final class NameCell extends TreeTableCell<Row, Row> {
        @Override
        protected void updateItem(Row row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().remove(Styles.CHECKLIST_GROUP);
            if (empty || row == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            if (row instanceof GroupRow group) {
                setText(group.title());
                setTooltip(null);
                getStyleClass().add(Styles.CHECKLIST_GROUP);
            } else if (row instanceof TypeRow type) {
                setText(type.choice().name());
                setTooltip(new Tooltip(type.choice().details()));
            }
        }
    }

    private static final class IdCell extends TreeTableCell<Row, Row> {
        IdCell() {
            getStyleClass().add(Styles.MUTED);
        }

        @Override
        protected void updateItem(Row row, boolean empty) {
            super.updateItem(row, empty);
            setText(!empty && row instanceof TypeRow type ? type.choice().id() : null);
        }
    }

    /** A check box bound to one of a type's ticks ({@code <prefix>-<id>}); none on headings. */
    private static final class TickCell extends TreeTableCell<Row, Row> {

        private final CheckBox box = new CheckBox();
        private final String idPrefix;
        private final Function<ConstraintChoice, BooleanProperty> property;
        private final boolean composableOnly;
        private BooleanProperty bound;

        TickCell(String idPrefix, Function<ConstraintChoice, BooleanProperty> property, boolean composableOnly) {
            this.idPrefix = idPrefix;
            this.property = property;
            this.composableOnly = composableOnly;
            setAlignment(Pos.CENTER);
        }

        @Override
        protected void updateItem(Row row, boolean empty) {
            super.updateItem(row, empty);
            if (bound != null) {
                box.selectedProperty().unbindBidirectional(bound);
                bound = null;
            }
            if (empty || !(row instanceof TypeRow type)) {
                setGraphic(null);
                return;
            }
            ConstraintChoice choice = type.choice();
            bound = property.apply(choice);
            box.selectedProperty().bindBidirectional(bound);
            box.setId(idPrefix + "-" + choice.id().replaceAll("[^A-Za-z0-9_-]", "_"));
            box.setDisable(composableOnly && !choice.composable());
            setGraphic(box);
        }
    }
}
