package org.tracelab.app.cli;

import org.tracelab.app.service.AppVersion;
import picocli.CommandLine.IVersionProvider;

/** Reads the version from the jar manifest; "development" when run from classes. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {AppVersion.describe()};
    }
}
