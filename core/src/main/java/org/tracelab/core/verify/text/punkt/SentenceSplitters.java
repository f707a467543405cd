package org.tracelab.core.verify.text.punkt;

import java.io.File;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tracelab.core.verify.text.SentenceSplitter;

/**
 * Chooses the sentence splitter: Punkt with NLTK's English parameters when they can be found (the
 * {@code --nltk-data} option, else each directory of {@code $NLTK_DATA}, else {@code ~/nltk_data}),
 * otherwise the built-in approximation.
 */
public final class SentenceSplitters {

    private static final Logger LOG = LoggerFactory.getLogger(SentenceSplitters.class);

    private SentenceSplitters() {
    }

    /** Resolves from the real environment and home directory. */
    public static SentenceSplitter resolve(Path nltkDataOption) {
        return resolve(nltkDataOption, System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /**
     * Resolves with an explicit environment and home directory (for tests).
     *
     * @param nltkDataOption an explicitly requested {@code nltk_data} directory, or null
     * @throws IllegalArgumentException when the option is given but its Punkt files are missing
     */
    public static SentenceSplitter resolve(Path nltkDataOption, Map<String, String> env, Path home) {
        if (nltkDataOption != null) {
            if (!PunktParameters.isPresent(nltkDataOption)) {
                throw new IllegalArgumentException("no Punkt English parameters in " + nltkDataOption
                        + ": expected " + PunktParameters.englishDirectory(nltkDataOption)
                        + "/{abbrev_types.txt,collocations.tab,ortho_context.tab,sent_starters.txt}");
            }
            return punkt(nltkDataOption);
        }
        Optional<Path> found = findNltkData(env.get("NLTK_DATA"), home);
        if (found.isPresent()) {
            return punkt(found.get());
        }
        SentenceSplitter builtIn = new BuiltInSentenceSplitter();
        LOG.info("Sentence splitting: {} (looked in $NLTK_DATA and {})", builtIn.description(),
                home.resolve("nltk_data"));
        return builtIn;
    }

    /** The first directory of the {@code NLTK_DATA} path list, then {@code ~/nltk_data}, that has the files. */
    private static Optional<Path> findNltkData(String nltkDataEnv, Path home) {
        if (nltkDataEnv != null) {
            for (String entry : nltkDataEnv.split(File.pathSeparator)) {
                if (!entry.isBlank() && PunktParameters.isPresent(Path.of(entry))) {
                    return Optional.of(Path.of(entry));
                }
            }
        }
        Path inHome = home.resolve("nltk_data");
        return PunktParameters.isPresent(inHome) ? Optional.of(inHome) : Optional.empty();
    }

    private static SentenceSplitter punkt(Path nltkData) {
        SentenceSplitter splitter = PunktSentenceSplitter.fromNltkData(nltkData);
        LOG.info("Sentence splitting: {}", splitter.description());
        return splitter;
    }
}
