package org.tracelab.app.ui.explorer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.CubicCurve;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import org.tracelab.app.ui.Styles;
import org.tracelab.storage.StoredAttempt;

/**
 * The attempt chain, left to right: one node per attempt (strategy, outcome, instructions passed, tokens,
 * latency, flags), coloured by verdict, with an edge from each attempt's parent. An edge to the next node is a
 * straight arrow; an edge that skips nodes arcs below them. Clicking a node opens that attempt; its A and B
 * buttons choose it for the comparison.
 */
final class ChainGraph extends Pane {

    private static final double NODE_WIDTH = 204;
    private static final double NODE_HEIGHT = 134;
    private static final double GAP = 44;
    private static final double PAD = 10;
    private static final double ARC_DEPTH = 34;

    private final ChainDetailModel model;
    private final Map<Long, VBox> nodes = new HashMap<>();

    ChainGraph(ChainDetailModel model) {
        this.model = model;
        setId("chainGraph");
        model.attempts().addListener((ListChangeListener<StoredAttempt>) change -> rebuild());
        model.selectedAttempt().addListener((obs, old, now) -> markSelection());
        model.compareLeft().addListener((obs, old, now) -> rebuild());
        model.compareRight().addListener((obs, old, now) -> rebuild());
    }

    private void rebuild() {
        getChildren().clear();
        nodes.clear();
        List<StoredAttempt> attempts = model.attempts();
        for (StoredAttempt attempt : attempts) {
            VBox node = node(attempt);
            node.relocate(PAD + attempt.attempt().index() * (NODE_WIDTH + GAP), PAD);
            nodes.put(attempt.id(), node);
        }
        boolean arcs = false;
        for (StoredAttempt attempt : attempts) {
            Integer parent = attempt.attempt().parentIndex();
            if (parent != null) {
                arcs |= edge(parent, attempt.attempt().index());
            }
        }
        getChildren().addAll(nodes.values());
        double width = PAD * 2 + attempts.size() * (NODE_WIDTH + GAP);
        setPrefSize(width, NODE_HEIGHT + PAD * 2 + (arcs ? ARC_DEPTH + 4 : 0));
        setMinHeight(Region.USE_PREF_SIZE);
        markSelection();
    }

    private VBox node(StoredAttempt attempt) {
        AttemptFacts facts = AttemptFacts.of(attempt);
        Label title = new Label(facts.title());
        title.getStyleClass().add(Styles.ATTEMPT_NODE_TITLE);
        HBox heading = new HBox(6, title);
        heading.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        boolean isFinal = isFinal(attempt);
        if (isFinal) {
            Label badge = new Label("FINAL");
            badge.setId("finalBadge-" + attempt.attempt().index());
            badge.getStyleClass().add(Styles.FINAL_BADGE);
            badge.setMinWidth(Region.USE_PREF_SIZE);
            badge.setTooltip(new Tooltip("The chain's final answer: the one its verdict, the results and exports use"));
            heading.getChildren().add(badge);
        }
        Label outcome = new Label(facts.outcome().mark() + " " + facts.outcomeText());
        Label instructions = new Label(facts.instructions());
        Label tokens = new Label(facts.tokens());
        Label latency = new Label(facts.latency());
        int flagCount = attempt.attempt().flags().size();
        // Many flags do not fit a node: it counts them, the tooltip and the attempt view list them.
        Label flags =
                new Label(flagCount == 0 ? " " : flagCount == 1 ? "⚑ " + facts.flags() : "⚑ " + flagCount + " flags");
        flags.setTooltip(facts.flags().isEmpty() ? null : new Tooltip(facts.flags()));
        ToggleButton left = compareButton("A", attempt, model.compareLeft().get());
        left.setOnAction(event -> model.compareLeft().set(left.isSelected() ? attempt : null));
        ToggleButton right = compareButton("B", attempt, model.compareRight().get());
        right.setOnAction(event -> model.compareRight().set(right.isSelected() ? attempt : null));
        HBox compare = new HBox(4, left, right);

        VBox node = new VBox(heading, outcome, instructions, tokens, latency, flags, compare);
        node.setId("attemptNode-" + attempt.attempt().index());
        node.getStyleClass().addAll(Styles.ATTEMPT_NODE, facts.outcome().styleClass());
        if (isFinal) {
            node.getStyleClass().add(Styles.ATTEMPT_NODE_FINAL);
        }
        node.setPrefSize(NODE_WIDTH, NODE_HEIGHT);
        node.setMinSize(NODE_WIDTH, NODE_HEIGHT);
        node.setMaxSize(NODE_WIDTH, NODE_HEIGHT);
        node.setOnMouseClicked(event -> model.selectAttempt(attempt));
        return node;
    }

    private boolean isFinal(StoredAttempt attempt) {
        ChainDetail detail = model.detail().get();
        Integer finalIndex = detail == null ? null : detail.chain().finalAttemptIndex();
        return finalIndex != null && finalIndex == attempt.attempt().index();
    }

    private static ToggleButton compareButton(String side, StoredAttempt attempt, StoredAttempt chosen) {
        ToggleButton button = new ToggleButton(side);
        button.setId("compare" + side + "-" + attempt.attempt().index());
        button.setSelected(chosen != null && chosen.id() == attempt.id());
        button.setTooltip(new Tooltip("Compare this attempt as " + side));
        button.setFocusTraversable(false);
        return button;
    }

    /** Draws the edge; true when it arcs below the nodes. */
    private boolean edge(int from, int to) {
        double fromX = PAD + from * (NODE_WIDTH + GAP);
        double toX = PAD + to * (NODE_WIDTH + GAP);
        double tipX;
        double tipY;
        boolean down;
        if (to == from + 1) {
            Line line = new Line(fromX + NODE_WIDTH, PAD + NODE_HEIGHT / 2, toX - 6, PAD + NODE_HEIGHT / 2);
            line.getStyleClass().add(Styles.ATTEMPT_EDGE);
            getChildren().add(line);
            tipX = toX;
            tipY = PAD + NODE_HEIGHT / 2;
            down = false;
        } else {
            double bottom = PAD + NODE_HEIGHT;
            CubicCurve arc = new CubicCurve(
                    fromX + NODE_WIDTH / 2,
                    bottom,
                    fromX + NODE_WIDTH / 2,
                    bottom + ARC_DEPTH,
                    toX + NODE_WIDTH / 2,
                    bottom + ARC_DEPTH,
                    toX + NODE_WIDTH / 2,
                    bottom + 6);
            arc.getStyleClass().add(Styles.ATTEMPT_EDGE);
            getChildren().add(arc);
            tipX = toX + NODE_WIDTH / 2;
            tipY = bottom;
            down = true;
        }
        Polygon head = down
                ? new Polygon(tipX, tipY, tipX - 5, tipY + 8, tipX + 5, tipY + 8)
                : new Polygon(tipX, tipY, tipX - 8, tipY - 5, tipX - 8, tipY + 5);
        head.getStyleClass().add(Styles.ATTEMPT_EDGE_HEAD);
        getChildren().add(head);
        return down;
    }

    private void markSelection() {
        StoredAttempt selected = model.selectedAttempt().get();
        nodes.forEach((id, node) -> {
            node.getStyleClass().remove(Styles.ATTEMPT_NODE_SELECTED);
            if (selected != null && selected.id() == id) {
                node.getStyleClass().add(Styles.ATTEMPT_NODE_SELECTED);
            }
        });
    }
}
