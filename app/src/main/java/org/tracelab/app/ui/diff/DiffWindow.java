package org.tracelab.app.ui.diff;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.tracelab.app.ui.Styles;
import org.tracelab.app.ui.Theme;

/** The Diff view in a window of its own (the explorer's {@code D} key, Compare's rows). Escape closes it. */
public final class DiffWindow {

    private static final double WIDTH = 1100;
    private static final double HEIGHT = 720;

    private DiffWindow() {}

    /**
     * Opens a window on {@code viewModel} beside {@code owner}, following the owner's stylesheets (so a theme
     * switch reaches it too), and returns its stage. Closing it cancels a comparison still running and detaches
     * the view, so the view model may be reused or dropped. Call on the FX thread.
     */
    public static Stage open(Window owner, DiffViewModel viewModel) {
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        DiffView view = new DiffView(viewModel);
        Scene scene = new Scene(view, WIDTH, HEIGHT);
        ObservableList<String> ownerSheets = owner == null || owner.getScene() == null
                ? null
                : owner.getScene().getStylesheets();
        if (ownerSheets != null) {
            Bindings.bindContent(scene.getStylesheets(), ownerSheets);
        } else {
            scene.getStylesheets().setAll(Styles.stylesheets(Theme.LIGHT));
        }
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        stage.titleProperty()
                .bind(Bindings.createStringBinding(() -> title(viewModel), viewModel.left(), viewModel.right()));
        stage.setOnHidden(event -> {
            viewModel.cancel();
            view.dispose();
            if (ownerSheets != null) {
                Bindings.unbindContent(scene.getStylesheets(), ownerSheets);
            }
        });
        stage.setScene(scene);
        stage.show();
        return stage;
    }

    private static String title(DiffViewModel viewModel) {
        List<String> sides = List.of(
                viewModel.label(viewModel.left().get()),
                viewModel.label(viewModel.right().get()));
        return sides.get(0).isEmpty() ? "Diff" : "Diff: " + sides.get(0) + " vs " + sides.get(1);
    }
}
