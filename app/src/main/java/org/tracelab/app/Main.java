package org.tracelab.app;

import org.tracelab.app.cli.TracelabCommand;

/**
 * Entry point of {@code tracelab.jar}. Deliberately not a JavaFX {@code Application}: with JavaFX on the
 * class path (a shaded jar), the launcher refuses to start an {@code Application} subclass directly.
 */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        // A lambda, not TracelabApp::launchDesktop: a method reference resolves TracelabApp (and so JavaFX) when
        // the command line is built; the lambda's body only when there is no subcommand and the desktop opens.
        int exitCode = TracelabCommand.commandLine(store -> TracelabApp.launchDesktop(store))
                .execute(args);
        // Exit explicitly: the desktop app and native libraries may leave non-daemon threads behind.
        System.exit(exitCode);
    }
}
