package org.tracelab.core.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tracelab.core.io.FileDigest;

/**
 * Puts java-llama.cpp's native library where the binding loads it from without a word. Left to itself the binding
 * extracts the library on every start and prints an "Extracted …" line on standard output, which belongs to the
 * command's output. Given {@value #LIB_PATH_PROPERTY}, it loads the library from that folder and prints nothing;
 * so the library is copied once into a folder named after its content's SHA-256 (under {@value #TMP_DIR_PROPERTY},
 * else the system temp folder; another version gets another folder) and the property set. Platforms whose library is not at the usual place in the jar are
 * left to the binding's own loader.
 */
final class JllamaLibrary {

    static final String LIB_PATH_PROPERTY = "de.kherud.llama.lib.path";
    static final String TMP_DIR_PROPERTY = "de.kherud.llama.tmpdir";
    private static final Logger LOG = LoggerFactory.getLogger(JllamaLibrary.class);

    private JllamaLibrary() {}

    /** Copies the library for this platform, once per binding version, and points the binding at it. */
    static synchronized void prepare() throws IOException {
        if (System.getProperty(LIB_PATH_PROPERTY) != null) {
            return;
        }
        String fileName = System.mapLibraryName("jllama");
        String resource = "/de/kherud/llama/" + osFolder() + "/" + archFolder() + "/" + fileName;
        try (InputStream library = JllamaLibrary.class.getResourceAsStream(resource)) {
            if (library == null) {
                LOG.info("no {} in the java-llama.cpp jar; its own loader looks further", resource);
                return;
            }
            byte[] bytes = library.readAllBytes();
            Path folder = Path.of(
                    System.getProperty(TMP_DIR_PROPERTY, System.getProperty("java.io.tmpdir")),
                    "tracelab-jllama-" + FileDigest.sha256(bytes).substring(0, 16));
            Files.createDirectories(folder);
            Path target = folder.resolve(fileName);
            if (!Files.isRegularFile(target) || Files.size(target) != bytes.length) {
                // Another process may extract at the same moment: each writes its own file and moves it in place.
                Path partial = Files.createTempFile(folder, fileName, ".part");
                try {
                    Files.write(partial, bytes);
                    Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } finally {
                    Files.deleteIfExists(partial);
                }
                LOG.info("java-llama.cpp's native library extracted to {}", target);
            }
            System.setProperty(LIB_PATH_PROPERTY, folder.toString());
        }
    }

    private static String osFolder() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            return "Windows";
        }
        return os.contains("mac") || os.contains("darwin") ? "Mac" : "Linux";
    }

    private static String archFolder() {
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        return switch (arch) {
            case "amd64", "x86_64", "x64" -> "x86_64";
            case "aarch64", "arm64" -> "aarch64";
            default -> arch;
        };
    }
}
