package org.tracelab.app.ui;

import java.util.Arrays;
import java.util.Optional;

/** The colour themes; each names the stylesheet that sets its colour variables. */
public enum Theme {
    LIGHT("light", "/org/tracelab/ui/colors-light.css"),
    DARK("dark", "/org/tracelab/ui/colors-dark.css");

    private final String settingsName;
    private final String colorsResource;

    Theme(String settingsName, String colorsResource) {
        this.settingsName = settingsName;
        this.colorsResource = colorsResource;
    }

    /** The name saved in the settings file. */
    public String settingsName() {
        return settingsName;
    }

    String colorsResource() {
        return colorsResource;
    }

    public Theme other() {
        return this == LIGHT ? DARK : LIGHT;
    }

    public static Optional<Theme> fromSettingsName(String name) {
        return Arrays.stream(values()).filter(t -> t.settingsName.equals(name)).findFirst();
    }
}
