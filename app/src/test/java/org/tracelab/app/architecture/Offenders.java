package org.tracelab.app.architecture;

import java.io.PrintWriter;

/**
 * Code that breaks the written rules on purpose, so that the companion tests of {@code ArchitectureTest} can show
 * each rule fails when it should. Never called.
 */
final class Offenders {

    private Offenders() {}

    static void printsToStandardOutput() {
        System.out.println("only the command line may");
    }

    static String lowersWithTheDefaultLocale(String text) {
        return text.toLowerCase();
    }

    static String formatsWithTheDefaultLocale(double rate) {
        return String.format("%.1f", rate);
    }

    static void printsWithTheDefaultLocale(PrintWriter out, double rate) {
        out.printf("%.1f%n", rate);
    }
}
