package org.tracelab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line runs where no display and no JavaFX runtime exist: a subcommand, started through the jar's real
 * entry point in its own JVM, loads no JavaFX class. The class-loading log is read, so a reference that merely
 * compiles would not pass unnoticed.
 */
class CommandLineLoadsNoJavaFxTest {

    @TempDir
    Path dir;

    @Test
    void reportOnANewStoreLoadsNoJavaFxClass() throws Exception {
        List<String> loaded =
                classesLoadedBy("report", "--db", dir.resolve("new.tracelab.db").toString());

        assertThat(loaded)
                .as("the JVM's class-loading log")
                .anyMatch(line -> line.contains("org.tracelab.app.cli.ReportCommand"));
        assertThat(loaded).noneMatch(line -> line.contains("javafx."));
    }

    @Test
    void helpLoadsNoJavaFxClass() throws Exception {
        List<String> loaded = classesLoadedBy("--help");

        assertThat(loaded).anyMatch(line -> line.contains("org.tracelab.app.cli.TracelabCommand"));
        assertThat(loaded).noneMatch(line -> line.contains("javafx."));
    }

    private List<String> classesLoadedBy(String... args) throws IOException, InterruptedException {
        Path log = dir.resolve("classes.log");
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info",
                "-cp",
                System.getProperty("java.class.path"),
                "org.tracelab.app.Main"));
        command.addAll(List.of(args));
        Process child = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("the command ends").isTrue();
        assertThat(child.exitValue()).as(Files.readString(log)).isZero();
        return Files.readAllLines(log);
    }
}
