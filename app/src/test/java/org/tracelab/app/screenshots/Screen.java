package org.tracelab.app.screenshots;

import java.util.function.BiPredicate;
import java.util.function.Function;
import javafx.stage.Window;
import org.tracelab.app.ui.shell.Desktop;

/**
 * One view or dialog of the app as the layout checks and the screenshot tour visit it: how to open it on a running
 * {@link Desktop}, and when it is ready to be looked at (its data read, a chain chosen, …). Both run on the FX
 * thread; {@code ready} may take the next step (choose a chain once the list is there) and is asked again until it
 * says yes.
 *
 * @param name  the file name of its screenshot, without {@code .png}
 * @param open  opens it and returns the window that shows it (the main window for a section)
 * @param ready whether it shows what it should; may act to get there
 * @param shown the window to look at once ready, from the one {@code open} returned: a window that opens later
 *              (a diff read in the background) is found here
 */
public record Screen(
        String name,
        Function<Desktop, Window> open,
        BiPredicate<Desktop, Window> ready,
        Function<Window, Window> shown) {

    /** A screen shown in the window {@code open} returns. */
    public Screen(String name, Function<Desktop, Window> open, BiPredicate<Desktop, Window> ready) {
        this(name, open, ready, Function.identity());
    }

    /** A screen that is ready as soon as it is open. */
    public static Screen at(String name, Function<Desktop, Window> open) {
        return new Screen(name, open, (desktop, window) -> true);
    }

    /** Whether {@code window} is a window of its own (closed after the visit), not the main window. */
    public boolean ownWindow(Desktop desktop, Window window) {
        return window != desktop.window().stage();
    }
}
