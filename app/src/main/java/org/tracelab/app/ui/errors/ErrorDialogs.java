package org.tracelab.app.ui.errors;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reports a failure as a short message in a dialog whose expandable details hold the cause's message and stack
 * trace; logs it once, here, where it is caught. The dialog does not block the caller.
 */
public final class ErrorDialogs implements ErrorReporter {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorDialogs.class);

    private final Supplier<Window> owner;

    public ErrorDialogs(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public void report(String summary, Throwable cause) {
        LOG.error(summary, cause);
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.setTitle("Tracelab");
        alert.setHeaderText(summary);
        alert.setContentText(cause == null || cause.getMessage() == null ? "" : firstLine(cause.getMessage()));
        if (cause != null) {
            TextArea trace = new TextArea(stackTrace(cause));
            trace.setEditable(false);
            trace.setId("errorDetails");
            VBox.setVgrow(trace, Priority.ALWAYS);
            alert.getDialogPane().setExpandableContent(new VBox(6, new Label("Details (also in the log):"), trace));
        }
        Window window = owner.get();
        if (window != null && window.isShowing()) {
            alert.initOwner(window);
            if (window.getScene() != null) {
                alert.getDialogPane().getStylesheets().setAll(window.getScene().getStylesheets());
            }
        }
        alert.getDialogPane().setId("errorDialog");
        alert.show();
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline) + " …";
    }

    private static String stackTrace(Throwable cause) {
        StringWriter text = new StringWriter();
        cause.printStackTrace(new PrintWriter(text));
        return text.toString();
    }
}
