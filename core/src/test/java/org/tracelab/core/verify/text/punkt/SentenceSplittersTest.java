package org.tracelab.core.verify.text.punkt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tracelab.core.verify.text.punkt.PunktParametersTest.writeParameters;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracelab.core.verify.text.SentenceSplitter;

/** Which splitter is chosen from the option, {@code NLTK_DATA} and the home directory. */
class SentenceSplittersTest {

    @TempDir
    Path tmp;

    private Path nltkDataWithParameters(String name) throws IOException {
        Path dir = tmp.resolve(name);
        writeParameters(dir, "mr\n", "j\tbach\n", "the\t126\n", "the\n");
        return dir;
    }

    @Test
    void explicitOptionWins() throws IOException {
        Path option = nltkDataWithParameters("option");
        Path home = tmp.resolve("home");
        writeParameters(home.resolve("nltk_data"), "mr", "a\tb", "the\t1", "the");

        SentenceSplitter splitter = SentenceSplitters.resolve(option, Map.of(), home);

        assertThat(splitter.exact()).isTrue();
        assertThat(splitter.description()).contains(option.toString());
    }

    @Test
    void explicitOptionWithoutFilesIsAnError() {
        Path option = tmp.resolve("empty");
        assertThatThrownBy(() -> SentenceSplitters.resolve(option, Map.of(), tmp))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(
                        option.resolve("tokenizers/punkt_tab/english").toString());
    }

    @Test
    void firstNltkDataEntryWithTheFilesIsUsed() throws IOException {
        Path second = nltkDataWithParameters("second");
        String env = tmp.resolve("missing") + File.pathSeparator + second;

        SentenceSplitter splitter = SentenceSplitters.resolve(null, Map.of("NLTK_DATA", env), tmp.resolve("home"));

        assertThat(splitter.exact()).isTrue();
        assertThat(splitter.description()).contains(second.toString());
    }

    @Test
    void homeNltkDataIsTheLastResort() throws IOException {
        Path home = tmp.resolve("home");
        nltkDataWithParameters("home/nltk_data");

        SentenceSplitter splitter = SentenceSplitters.resolve(null, Map.of("NLTK_DATA", ""), home);

        assertThat(splitter.description()).contains(home.resolve("nltk_data").toString());
    }

    @Test
    void withoutParametersTheBuiltInSplitterIsUsed() {
        SentenceSplitter splitter = SentenceSplitters.resolve(null, Map.of(), tmp.resolve("home"));

        assertThat(splitter).isInstanceOf(BuiltInSentenceSplitter.class);
        assertThat(splitter.exact()).isFalse();
    }
}
