package org.tracelab.core.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Locates the read-only {@code shared/} folder that sits beside the repository ({@code ../shared} from
 * the repository root). Surefire runs each module in its own folder, so a bare {@code ../shared} would
 * point into the repository; the root comes from Maven ({@code tracelab.repoRoot}) or is searched for.
 *
 * <p>When the folder is absent, tests that need it are skipped with a message, except under
 * {@code CI=true}, where a missing folder is a broken CI set-up and fails the test.
 */
public final class SharedData {

    private SharedData() {}

    public static Path repositoryRoot() {
        String configured = System.getProperty("tracelab.repoRoot");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        Path dir = Path.of("").toAbsolutePath();
        for (Path candidate = dir; candidate != null; candidate = candidate.getParent()) {
            if (Files.isDirectory(candidate.resolve("core"))
                    && Files.isRegularFile(candidate.resolve("pom.xml"))
                    && Files.isDirectory(candidate.resolve("app"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("cannot find the repository root above " + dir);
    }

    /** The shared folder, or skips (fails under CI) the calling test when it is missing. */
    public static Path require() {
        Path shared = repositoryRoot().resolveSibling("shared");
        if (!Files.isDirectory(shared)) {
            String message = "shared test data not found at " + shared + " (expected ../shared beside the repository)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(message + "; CI must provide it");
            }
            Assumptions.abort(message + "; skipping");
        }
        return shared;
    }

    /** A file below the shared folder; skips (fails under CI) when it is missing. */
    public static Path require(String relativePath) {
        Path file = require().resolve(relativePath);
        if (!Files.exists(file)) {
            String message = "shared test file missing: " + file;
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(message);
            }
            Assumptions.abort(message + "; skipping");
        }
        return file;
    }
}
