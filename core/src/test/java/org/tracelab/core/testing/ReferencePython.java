package org.tracelab.core.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's Python with the reference implementations the differential tests compare against (NLTK 3.8 from
 * {@code python3-nltk}, langdetect 1.0.9 from {@code python3-langdetect}). Tests skip with a message when a
 * module is missing, except under {@code CI=true}, where {@code .ci/run} installs them and their absence is a
 * broken set-up.
 */
public final class ReferencePython {

    /** Debian's interpreter, not a pyenv one: the Debian packages install into it. */
    public static final Path EXECUTABLE = Path.of("/usr/bin/python3");

    private ReferencePython() {}

    /** Skips (fails under CI) the calling test unless {@code import module} works. */
    public static void require(String module, String debianPackage) {
        if (canImport(module)) {
            return;
        }
        String message = EXECUTABLE + " cannot import " + module + "; install Debian's " + debianPackage
                + " to run this differential test";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(message + " (.ci/run installs it)");
        }
        Assumptions.abort(message);
    }

    public static boolean canImport(String module) {
        if (!Files.isExecutable(EXECUTABLE)) {
            return false;
        }
        try {
            Process probe = new ProcessBuilder(EXECUTABLE.toString(), "-c", "import " + module)
                    .redirectErrorStream(true)
                    .start();
            probe.getInputStream().readAllBytes();
            return probe.waitFor(30, TimeUnit.SECONDS) && probe.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
