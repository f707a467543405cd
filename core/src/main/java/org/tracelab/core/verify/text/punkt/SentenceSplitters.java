package org.tracelab.core.verify.text.punkt;

import java.nio.file.Path;
import java.util.Map;
import org.tracelab.core.verify.text.NltkVersion;
import org.tracelab.core.verify.text.SentenceSplitter;

/**
 * Chooses the sentence splitter: Punkt with NLTK's English parameters when they can be found (the
 * {@code --nltk-data} option, else each directory of {@code $NLTK_DATA}, else {@code ~/nltk_data}),
 * otherwise the built-in approximation; see {@link NltkData}.
 */
public final class SentenceSplitters {

    private SentenceSplitters() {}

    /** Resolves from the real environment and home directory, with NLTK 3.8's rules. */
    public static SentenceSplitter resolve(Path nltkDataOption) {
        return NltkData.resolve(nltkDataOption).sentenceSplitter(NltkVersion.V3_8);
    }

    /**
     * Resolves with an explicit environment and home directory (for tests), with NLTK 3.8's rules.
     *
     * @param nltkDataOption an explicitly requested {@code nltk_data} directory, or null
     * @throws IllegalArgumentException when the option is given but its Punkt files are missing
     */
    public static SentenceSplitter resolve(Path nltkDataOption, Map<String, String> env, Path home) {
        return NltkData.resolve(nltkDataOption, env, home).sentenceSplitter(NltkVersion.V3_8);
    }
}
