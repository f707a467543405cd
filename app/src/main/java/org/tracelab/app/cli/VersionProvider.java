package org.tracelab.app.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads the version from the jar manifest; "development" when run from classes. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = VersionProvider.class.getPackage().getImplementationVersion();
        return new String[] {"Tracelab " + (version == null ? "development build" : version)};
    }
}
