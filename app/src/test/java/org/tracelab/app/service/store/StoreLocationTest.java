package org.tracelab.app.service.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoreLocationTest {

    private static final Path HOME = Path.of("/home/ada");

    @Test
    void optionWinsOverEverything() {
        assertThat(StoreLocation.resolve(Path.of("x.db"), Map.of("TRACELAB_DB", "/env.db"), "Linux", HOME))
                .isEqualTo(Path.of("x.db"));
    }

    @Test
    void environmentVariableWinsOverTheDataFolder() {
        assertThat(StoreLocation.resolve(null, Map.of("TRACELAB_DB", "/env.db"), "Linux", HOME))
                .isEqualTo(Path.of("/env.db"));
    }

    @Test
    void linuxFollowsXdg() {
        assertThat(StoreLocation.resolve(null, Map.of(), "Linux", HOME))
                .isEqualTo(Path.of("/home/ada/.local/share/tracelab/traces.tracelab.db"));
        assertThat(StoreLocation.resolve(null, Map.of("XDG_DATA_HOME", "/data"), "Linux", HOME))
                .isEqualTo(Path.of("/data/tracelab/traces.tracelab.db"));
    }

    @Test
    void macAndWindowsUseTheirApplicationFolders() {
        assertThat(StoreLocation.resolve(null, Map.of(), "Mac OS X", HOME))
                .isEqualTo(Path.of("/home/ada/Library/Application Support/Tracelab/traces.tracelab.db"));
        assertThat(StoreLocation.resolve(null, Map.of("APPDATA", "/appdata"), "Windows 11", HOME))
                .isEqualTo(Path.of("/appdata/Tracelab/traces.tracelab.db"));
    }

    @Test
    void sampleStoreLivesInTheDataFolderWhateverTracelabDbSays() {
        assertThat(StoreLocation.samplesStore(Map.of("TRACELAB_DB", "/env.db"), "Linux", HOME))
                .isEqualTo(Path.of("/home/ada/.local/share/tracelab/tracelab-samples.tracelab.db"));
        assertThat(StoreLocation.samplesStore(Map.of("APPDATA", "/appdata"), "Windows 11", HOME))
                .isEqualTo(Path.of("/appdata/Tracelab/tracelab-samples.tracelab.db"));
    }
}
