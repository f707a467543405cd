package org.tracelab.core.verify.text.punkt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading and validating punkt_tab parameter files (small hand-written fixtures). */
class PunktParametersTest {

    @TempDir
    Path nltkData;

    static Path writeParameters(Path nltkData, String abbrevs, String collocations, String ortho, String starters)
            throws IOException {
        Path dir = PunktParameters.englishDirectory(nltkData);
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("abbrev_types.txt"), abbrevs);
        Files.writeString(dir.resolve("collocations.tab"), collocations);
        Files.writeString(dir.resolve("ortho_context.tab"), ortho);
        Files.writeString(dir.resolve("sent_starters.txt"), starters);
        return dir;
    }

    @Test
    void loadsAllFourFiles() throws IOException {
        writeParameters(nltkData, "mr\nu.s\n", "##number##\tbusiness\r\nj\tbach", "the\t126\nbach\t14\n", "the\nhe");

        PunktParameters params = PunktParameters.load(nltkData);

        assertThat(PunktParameters.isPresent(nltkData)).isTrue();
        assertThat(params.abbrevTypes()).containsExactlyInAnyOrder("mr", "u.s");
        assertThat(params.collocations())
                .containsExactlyInAnyOrder(
                        new PunktParameters.Collocation("##number##", "business"),
                        new PunktParameters.Collocation("j", "bach"));
        assertThat(params.orthoContext())
                .containsEntry("the", 126)
                .containsEntry("bach", 14)
                .hasSize(2);
        assertThat(params.sentStarters()).containsExactlyInAnyOrder("the", "he");
    }

    @Test
    void malformedOrthoFlagsNameFileAndLine() throws IOException {
        Path dir = writeParameters(nltkData, "mr", "a\tb", "the\t126\nbach\tmany\n", "the");
        assertThatThrownBy(() -> PunktParameters.load(nltkData))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(dir.resolve("ortho_context.tab") + ":2: ")
                .hasMessageContaining("'many'");
    }

    @Test
    void collocationWithoutTabNamesFileAndLine() throws IOException {
        Path dir = writeParameters(nltkData, "mr", "a\tb\n\nsingle\n", "the\t1", "the");
        assertThatThrownBy(() -> PunktParameters.load(nltkData))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(dir.resolve("collocations.tab") + ":3: ");
    }

    @Test
    void missingFileIsNamed() throws IOException {
        Path dir = writeParameters(nltkData, "mr", "a\tb", "the\t1", "the");
        Files.delete(dir.resolve("sent_starters.txt"));
        assertThat(PunktParameters.isPresent(nltkData)).isFalse();
        assertThatThrownBy(() -> PunktParameters.load(nltkData))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(dir.resolve("sent_starters.txt").toString());
    }

    @Test
    void parametersAreImmutable() throws IOException {
        writeParameters(nltkData, "mr", "a\tb", "the\t1", "the");
        PunktParameters params = PunktParameters.load(nltkData);
        assertThatThrownBy(() -> params.abbrevTypes().add("dr")).isInstanceOf(UnsupportedOperationException.class);
    }
}
