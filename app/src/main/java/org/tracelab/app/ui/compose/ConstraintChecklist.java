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
import javafx.scene.layout.VBox;
import org.tracelab.app.service.report.InstructionLabels;
import org.tracelab.app.ui.Styles;
import org.tracelab.core.verify.constraint.ConstraintFamily;

/**
 * The composer's constraint types as a checklist grouped by benchmark (IFEval, IFBench, Custom): one row per type
 * with its readable name over its id (the drawn ranges in a tooltip) and three ticks — use only, never, hold out.
 * Shows the section's searched types; ticks are bound to the section's choices. A view: it decides nothing.
 */
final class ConstraintChecklist {

    /** A row: a benchmark's heading or one constraint type. */
    sealed interface Row permits GroupRow, TypeRow {}

    record GroupRow(ConstraintFamily family, int shown, int total) implements Row {
        String title() {
            return InstructionLabels.benchmark(family) + " (" + (shown == total ? total : shown + " of " + total) + ")";
        }
    }

    record TypeRow(ConstraintChoice choice) implements Row {}

    /** Wide enough for the longest built-in name and id (about 47 characters) on one line each. */
    private static final double NAME_WIDTH = 330;

    private static final double TICK_WIDTH = 76;

    private ConstraintChecklist() {}

    static TreeTableView<Row> of(ConstraintChoicesSection section) {
        TreeTableView<Row> table = new TreeTableView<>(new TreeItem<>());
        table.setId("constraintTable");
        table.setShowRoot(false);
        // The ticks keep their width, so the width left goes to the name column.
        table.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No constraint type matches the search."));

        TreeTableColumn<Row, Row> name = column("Constraint type (id)", "constraintNameColumn", NAME_WIDTH);
        name.setMinWidth(NAME_WIDTH);
        name.setCellFactory(c -> new NameCell());
        table.getColumns().add(name);
        table.getColumns()
                .add(tick(
                        "Use only",
                        "only",
                        ConstraintChoice::only,
                        true,
                        "Draw only from the types ticked here (--ids)"));
        table.getColumns()
                .add(tick("Never", "never", ConstraintChoice::never, true, "Never draw these types (--exclude-ids)"));
        table.getColumns()
                .add(tick(
                        "Hold out",
                        "holdout",
                        ConstraintChoice::holdout,
                        false,
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
        section.shown()
                .forEach(choice -> shown.computeIfAbsent(choice.label().family(), f -> new ArrayList<>())
                        .add(choice));
        Map<ConstraintFamily, Long> totals = new LinkedHashMap<>();
        section.choices().forEach(choice -> totals.merge(choice.label().family(), 1L, Long::sum));
        boolean searching = !section.search().get().isBlank();
        List<TreeItem<Row>> groups = new ArrayList<>();
        shown.forEach((family, choices) -> {
            TreeItem<Row> group = new TreeItem<>(
                    new GroupRow(family, choices.size(), totals.get(family).intValue()));
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
        column.setCellValueFactory(
                cell -> new ReadOnlyObjectWrapper<>(cell.getValue().getValue()));
        return column;
    }

    private static TreeTableColumn<Row, Row> tick(
            String title,
            String idPrefix,
            Function<ConstraintChoice, BooleanProperty> property,
            boolean composableOnly,
            String help) {
        TreeTableColumn<Row, Row> column = column("", idPrefix + "Column", TICK_WIDTH);
        Label header = new Label(title);
        header.setTooltip(new Tooltip(help));
        column.setGraphic(header);
        column.setMinWidth(TICK_WIDTH);
        column.setMaxWidth(TICK_WIDTH);
        column.setResizable(false);
        column.setCellFactory(c -> new TickCell(idPrefix, property, composableOnly));
        return column;
    }

    /** A heading in bold; a type's readable name with its id below, the drawn ranges in the tooltip. */
    private static final class NameCell extends TreeTableCell<Row, Row> {

        private final Label name = new Label();
        private final Label id = new Label();
        private final VBox type = new VBox(name, id);

        NameCell() {
            id.getStyleClass().addAll(Styles.MUTED, Styles.CHECKLIST_ID);
        }

        @Override
        protected void updateItem(Row row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().remove(Styles.CHECKLIST_GROUP);
            setText(null);
            setGraphic(null);
            setTooltip(null);
            if (empty || row == null) {
                return;
            }
            if (row instanceof GroupRow group) {
                setText(group.title());
                getStyleClass().add(Styles.CHECKLIST_GROUP);
            } else if (row instanceof TypeRow choice) {
                name.setText(choice.choice().name());
                id.setText(choice.choice().id());
                setGraphic(type);
                setTooltip(new Tooltip(choice.choice().details()));
            }
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
