package org.tracelab.app.service;

/** Tracelab's version as manifests and the command line name it. */
public final class AppVersion {

    private AppVersion() {}

    /** "Tracelab 0.1.0" from the jar manifest; "Tracelab development build" when run from classes. */
    public static String describe() {
        String version = AppVersion.class.getPackage().getImplementationVersion();
        return "Tracelab " + (version == null ? "development build" : version);
    }
}
