package org.tracelab.app.ui.explorer;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.tracelab.app.ui.Outcome;
import org.tracelab.app.ui.Styles;
import org.tracelab.storage.StoredAttempt;
import org.tracelab.storage.query.ChainSummary;

/**
 * The open chain: a heading, links to the task's other chains (modes, seeds, forks), the comparison actions
 * (Diff, Compare with…, Include and Exclude pair, also on D, C, I and X), the attempt chain and the open attempt.
 */
final class ChainPane extends VBox {

    ChainPane(ExplorerViewModel viewModel) {
        ChainDetailModel model = viewModel.chain();
        setId("chainPane");

        Label heading = new Label("Choose a chain in the list to see its attempts.");
        heading.setId("chainHeading");
        heading.getStyleClass().add(Styles.SECTION_TITLE);
        model.detail()
                .addListener((obs, old, detail) -> heading.setText(
                        detail == null
                                ? "Choose a chain in the list to see its attempts."
                                : title(detail.chain())
                                        + detail.rankOf(detail.chain())
                                                .map(rank -> " · rank " + rank.describe() + " in seed "
                                                        + (rank.seed() == null ? "–" : rank.seed()))
                                                .orElse("")));
        Label compare = new Label();
        compare.setId("compareLabel");
        compare.getStyleClass().add(Styles.MUTED);
        compare.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> "A " + name(model.compareLeft().get()) + "  ·  B "
                                + name(model.compareRight().get()),
                        model.compareLeft(),
                        model.compareRight()));
        Button diff =
                action("diffButton", "Diff A → B", "Compare attempts A and B side by side (D)", viewModel::openDiff);
        Button compareWith = action(
                "compareWithButton",
                "Compare with…",
                "Compare the attempt shown with any " + "attempt in the store: another mode, seed, fork or run (C)",
                viewModel::compareWith);
        compareWith.disableProperty().bind(model.selectedAttempt().isNull());
        Button include = action(
                "chainIncludePairButton", "Include pair", "Keep A/B as a preference pair (I)", viewModel::includePair);
        Button exclude = action(
                "chainExcludePairButton",
                "Exclude pair",
                "Leave A/B out of exported pairs (X)",
                viewModel::excludePair);
        diff.disableProperty().bind(model.canCompare().not());
        include.disableProperty().bind(model.canCompare().not());
        exclude.disableProperty().bind(model.canCompare().not());
        Label status = new Label();
        status.setId("chainStatus");
        status.getStyleClass().add(Styles.MUTED);
        status.textProperty().bind(model.status());
        heading.setWrapText(true);
        heading.setMinHeight(Region.USE_PREF_SIZE);
        HBox header = new HBox(heading);
        header.getStyleClass().add(Styles.CHAIN_HEADER);
        // The A/B bar keeps its buttons whole; what the last action did wraps beside them, never over them.
        compare.setMinWidth(Region.USE_PREF_SIZE);
        for (Button button : new Button[] {diff, compareWith, include, exclude}) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        status.setWrapText(true);
        status.setMinWidth(0);
        HBox.setHgrow(status, Priority.ALWAYS);
        status.setMaxWidth(Double.MAX_VALUE);
        HBox actions = new HBox(compare, diff, compareWith, include, exclude, status);
        actions.getStyleClass().add(Styles.CHAIN_HEADER);

        FlowPane related = new FlowPane(6, 2);
        related.setId("relatedChains");
        related.getStyleClass().add(Styles.CHAIN_HEADER);
        model.detail().addListener((obs, old, detail) -> {
            related.getChildren().clear();
            if (detail == null) {
                return;
            }
            Label label =
                    new Label(detail.sameTask().isEmpty() ? "No other chain of this task in the run." : "Same task:");
            label.getStyleClass().add(Styles.MUTED);
            related.getChildren().add(label);
            for (ChainSummary other : detail.sameTask()) {
                Hyperlink link = new Hyperlink(other.mode() + " · seed " + (other.seed() == null ? "–" : other.seed())
                        + " · fork " + other.fork() + " " + mark(other)
                        + detail.rankOf(other)
                                .map(rank -> " rank " + rank.describe())
                                .orElse(""));
                link.setId("relatedChain-" + other.chainId());
                link.setFocusTraversable(false); // the link is replaced at once; the focus stays where the keys work
                link.setOnAction(event -> viewModel.selectChain(other));
                related.getChildren().add(link);
            }
        });

        ChainGraph graph = new ChainGraph(model);
        ScrollPane graphScroll = new ScrollPane(graph);
        graphScroll.setId("chainGraphScroll");
        graphScroll.setFitToHeight(true);
        graphScroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        graphScroll.setMinHeight(Region.USE_PREF_SIZE);
        graphScroll.prefHeightProperty().bind(graph.prefHeightProperty().add(18));
        model.attempts().addListener((ListChangeListener<StoredAttempt>) change -> graphScroll.setHvalue(0));

        AttemptView attempt = new AttemptView(model, viewModel.searchPhrase());
        VBox.setVgrow(attempt, Priority.ALWAYS);
        getChildren().addAll(header, related, actions, graphScroll, attempt);
    }

    private static String title(ChainSummary chain) {
        return "Chain #" + chain.chainId() + " · task " + chain.datasetKey() + " · " + chain.mode() + " · seed "
                + (chain.seed() == null ? "–" : chain.seed()) + " · fork " + chain.fork() + " · "
                + chain.status().wireName();
    }

    private static String mark(ChainSummary chain) {
        return Outcome.of(chain.finalStrict(), chain.finalLoose()).mark();
    }

    private static String name(StoredAttempt attempt) {
        return attempt == null
                ? "–"
                : "#" + attempt.attempt().index() + " "
                        + attempt.attempt().strategy().wireName();
    }

    private static Button action(String id, String text, String tip, Runnable run) {
        Button button = new Button(text);
        button.setId(id);
        button.setTooltip(new Tooltip(tip));
        button.setOnAction(event -> run.run());
        return button;
    }
}
