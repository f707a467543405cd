package org.tracelab.app.ui.settings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tracelab.app.ui.Theme;

/**
 * Settings as a small JSON file ({@code $XDG_CONFIG_HOME/tracelab/settings.json}, else
 * {@code ~/.config/tracelab/settings.json}). Saving writes a temporary file beside it and moves it over the old
 * one, so a crash never leaves half a file; an unreadable file is reported in the log and replaced by defaults.
 */
public final class JsonSettingsFile implements SettingsStore {

    private static final Logger LOG = LoggerFactory.getLogger(JsonSettingsFile.class);
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;

    public JsonSettingsFile(Path file) {
        this.file = file;
    }

    /** The settings file for this user. */
    public static Path defaultLocation() {
        return defaultLocation(System.getenv(), Path.of(System.getProperty("user.home")));
    }

    static Path defaultLocation(Map<String, String> env, Path home) {
        String xdg = env.get("XDG_CONFIG_HOME");
        Path config = xdg == null || xdg.isBlank() ? home.resolve(".config") : Path.of(xdg);
        return config.resolve("tracelab").resolve("settings.json");
    }

    public Path file() {
        return file;
    }

    @Override
    public Settings load() {
        if (!Files.isRegularFile(file)) {
            return Settings.defaults();
        }
        try {
            return fromJson(JSON.readTree(file.toFile()));
        } catch (IOException | RuntimeException e) {
            LOG.warn(
                    "ignoring unreadable settings file {} (defaults used; it is rewritten on exit): {}",
                    file,
                    e.getMessage());
            return Settings.defaults();
        }
    }

    @Override
    public void save(Settings settings) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, "settings", ".json.tmp");
            try {
                JSON.writeValue(temp.toFile(), toJson(settings));
                try {
                    Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save settings to " + file, e);
        }
    }

    static ObjectNode toJson(Settings settings) {
        ObjectNode root = JSON.createObjectNode();
        root.put("version", 1);
        root.put("theme", settings.theme().settingsName());
        if (settings.window() != null) {
            ObjectNode window = root.putObject("window");
            window.put("x", settings.window().x());
            window.put("y", settings.window().y());
            window.put("width", settings.window().width());
            window.put("height", settings.window().height());
            window.put("maximized", settings.window().maximized());
        }
        if (settings.lastStore() != null) {
            root.put("lastStore", settings.lastStore().toString());
        }
        ArrayNode recent = root.putArray("recentFiles");
        settings.recentFiles().forEach(path -> recent.add(path.toString()));
        BenchmarkDefaults bench = settings.benchmark();
        if (!bench.equals(BenchmarkDefaults.NONE)) {
            ObjectNode form = root.putObject("benchmark");
            putIfSet(form, "endpoint", bench.endpoint());
            putIfSet(form, "model", bench.model());
            putIfSet(form, "gguf", bench.gguf() == null ? null : bench.gguf().toString());
            putIfSet(
                    form,
                    "dataset",
                    bench.dataset() == null ? null : bench.dataset().toString());
            putIfSet(form, "seeds", bench.seeds());
        }
        if (!settings.dividers().isEmpty()) {
            ObjectNode dividers = root.putObject("dividers");
            settings.dividers().forEach((view, positions) -> positions.forEach(dividers.putArray(view)::add));
        }
        return root;
    }

    static Settings fromJson(JsonNode root) {
        Theme theme = Theme.fromSettingsName(root.path("theme").asText("")).orElse(Theme.LIGHT);
        WindowBounds window = null;
        JsonNode w = root.get("window");
        if (w != null && w.isObject()) {
            window = new WindowBounds(
                    w.path("x").asDouble(),
                    w.path("y").asDouble(),
                    w.path("width").asDouble(),
                    w.path("height").asDouble(),
                    w.path("maximized").asBoolean(false));
        }
        Path lastStore =
                root.hasNonNull("lastStore") ? Path.of(root.get("lastStore").asText()) : null;
        List<Path> recent = new ArrayList<>();
        root.path("recentFiles").forEach(node -> recent.add(Path.of(node.asText())));
        JsonNode form = root.path("benchmark");
        BenchmarkDefaults bench = form.isObject()
                ? new BenchmarkDefaults(
                        text(form, "endpoint"),
                        text(form, "model"),
                        path(form, "gguf"),
                        path(form, "dataset"),
                        text(form, "seeds"))
                : BenchmarkDefaults.NONE;
        Map<String, List<Double>> dividers = new java.util.TreeMap<>();
        root.path("dividers").fields().forEachRemaining(entry -> {
            List<Double> positions = new ArrayList<>();
            entry.getValue().forEach(value -> positions.add(Math.max(0, Math.min(1, value.asDouble()))));
            dividers.put(entry.getKey(), positions);
        });
        return new Settings(window, theme, lastStore, recent, bench, dividers);
    }

    private static void putIfSet(ObjectNode node, String name, String value) {
        if (value != null && !value.isBlank()) {
            node.put(name, value);
        }
    }

    private static String text(JsonNode node, String name) {
        return node.hasNonNull(name) ? node.get(name).asText() : null;
    }

    private static Path path(JsonNode node, String name) {
        return node.hasNonNull(name) ? Path.of(node.get(name).asText()) : null;
    }
}
