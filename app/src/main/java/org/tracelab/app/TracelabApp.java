package org.tracelab.app;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The desktop app. Until the desktop-app issue lands this is a placeholder window that names the store
 * it would open; the command line is fully functional.
 */
public final class TracelabApp extends Application {

    private static volatile Path requestedStore;

    /** Blocks until the last window closes. */
    public static void launchDesktop(Path store) {
        requestedStore = store;
        Application.launch(TracelabApp.class);
    }

    @Override
    public void start(Stage stage) {
        Label title = new Label("Tracelab");
        title.setId("appTitle");
        title.setStyle("-fx-font-size: 20px; -fx-font-weight: bold;");
        Label body = new Label("The desktop workspace is not built yet. Use the command line: "
                + "java -jar tracelab.jar --help"
                + (requestedStore == null ? "" : "\nStore: " + requestedStore));
        body.setWrapText(true);
        VBox root = new VBox(12, title, body);
        root.setPadding(new Insets(24));
        stage.setTitle("Tracelab");
        stage.setScene(new Scene(root, 640, 240));
        stage.show();
    }
}
