package org.tracelab.app.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracelab.app.ui.Theme;

class JsonSettingsFileTest {

    @TempDir
    Path dir;

    @Test
    void savedSettingsComeBackAsSaved() {
        JsonSettingsFile file = new JsonSettingsFile(dir.resolve("tracelab/settings.json"));
        Settings settings = Settings.defaults()
                .withTheme(Theme.DARK)
                .withWindow(new WindowBounds(10, 20, 1000, 700, true))
                .withLastStore(Path.of("/data/t.tracelab.db"))
                .withRecentFiles(List.of(Path.of("/data/a.jsonl"), Path.of("/data/b.jsonl")));

        file.save(settings);

        assertThat(file.load()).isEqualTo(settings);
    }

    @Test
    void savingLeavesNoTemporaryFileBehind() throws IOException {
        JsonSettingsFile file = new JsonSettingsFile(dir.resolve("settings.json"));
        file.save(Settings.defaults());
        file.save(Settings.defaults().withTheme(Theme.DARK));

        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("settings.json");
        }
        assertThat(file.load().theme()).isEqualTo(Theme.DARK);
    }

    @Test
    void anUnreadableFileGivesTheDefaults() throws IOException {
        Path broken = Files.writeString(dir.resolve("settings.json"), "{\"theme\": \"dark\", ");
        assertThat(new JsonSettingsFile(broken).load()).isEqualTo(Settings.defaults());
        assertThat(new JsonSettingsFile(dir.resolve("missing.json")).load()).isEqualTo(Settings.defaults());
    }

    @Test
    void recentFilesPutTheLatestFirstOnceAndKeepTen() {
        Settings settings = Settings.defaults();
        for (int i = 0; i < 12; i++) {
            settings = settings.withRecentFiles(List.of(Path.of("/f" + i)));
        }
        settings = settings.withRecentFiles(List.of(Path.of("/f5")));

        assertThat(settings.recentFiles())
                .hasSize(Settings.MAX_RECENT)
                .startsWith(Path.of("/f5"), Path.of("/f11"))
                .doesNotHaveDuplicates();
    }

    @Test
    void theFileLivesInTheXdgConfigFolderElseDotConfig() {
        Path home = Path.of("/home/ada");
        assertThat(JsonSettingsFile.defaultLocation(Map.of("XDG_CONFIG_HOME", "/cfg"), home))
                .isEqualTo(Path.of("/cfg/tracelab/settings.json"));
        assertThat(JsonSettingsFile.defaultLocation(Map.of(), home))
                .isEqualTo(Path.of("/home/ada/.config/tracelab/settings.json"));
    }
}
