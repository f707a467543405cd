package org.tracelab.app.ui.shell;

/** The main window's sections, in navigation order. */
public enum Section {
    RUNS("Runs"),
    RESULTS("Results"),
    EXPLORER("Explorer"),
    PAIRS("Pairs"),
    COMPARE("Compare");

    private final String title;

    Section(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
