package org.tracelab.core.verify.text.punkt;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tracelab.core.verify.text.AveragedPerceptronTagger;
import org.tracelab.core.verify.text.BuiltInPosTagger;
import org.tracelab.core.verify.text.IfbenchTextServices;
import org.tracelab.core.verify.text.NltkVersion;
import org.tracelab.core.verify.text.NltkWordTokenizer;
import org.tracelab.core.verify.text.PosTagger;
import org.tracelab.core.verify.text.SentenceSplitter;
import org.tracelab.core.verify.text.StopWords;
import org.tracelab.core.verify.text.SyllableCounter;

/**
 * Where each NLTK resource the verifier reads was found: Punkt's English parameters, the English stop words
 * and the averaged-perceptron tagger. An explicit folder ({@code --nltk-data}) is the only place looked at;
 * otherwise each resource is taken from the first folder that has it, in NLTK's own order: each entry of
 * {@code $NLTK_DATA}, then {@code ~/nltk_data}. A resource found nowhere is replaced by a built-in
 * approximation, and the descriptions say so.
 *
 * @param punkt     the folder holding {@code tokenizers/punkt_tab/english/}
 * @param stopWords the folder holding {@code corpora/stopwords/english}
 * @param tagger    the folder holding {@code taggers/averaged_perceptron_tagger_eng/}
 * @param searched  the folders looked in, in order
 */
public record NltkData(Optional<Path> punkt, Optional<Path> stopWords, Optional<Path> tagger, List<Path> searched) {

    private static final Logger LOG = LoggerFactory.getLogger(NltkData.class);

    public NltkData {
        searched = List.copyOf(searched);
    }

    /** Resolves from the real environment and home directory. */
    public static NltkData resolve(Path nltkDataOption) {
        return resolve(nltkDataOption, System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /**
     * Resolves with an explicit environment and home directory (for tests).
     *
     * @param nltkDataOption an explicitly requested {@code nltk_data} folder, or null
     * @throws IllegalArgumentException when the option is given but has no Punkt parameters (the verifier's
     *     sentence splitting would silently be approximate otherwise)
     */
    public static NltkData resolve(Path nltkDataOption, Map<String, String> env, Path home) {
        List<Path> folders = new ArrayList<>();
        if (nltkDataOption != null) {
            if (!PunktParameters.isPresent(nltkDataOption)) {
                throw new IllegalArgumentException("no Punkt English parameters in " + nltkDataOption
                        + ": expected " + PunktParameters.englishDirectory(nltkDataOption)
                        + "/{abbrev_types.txt,collocations.tab,ortho_context.tab,sent_starters.txt}");
            }
            folders.add(nltkDataOption);
        } else {
            String nltkDataEnv = env.get("NLTK_DATA");
            if (nltkDataEnv != null) {
                for (String entry : nltkDataEnv.split(File.pathSeparator)) {
                    if (!entry.isBlank()) {
                        folders.add(Path.of(entry));
                    }
                }
            }
            folders.add(home.resolve("nltk_data"));
        }
        NltkData data = new NltkData(
                first(folders, PunktParameters::isPresent),
                first(folders, StopWords::isPresent),
                first(folders, AveragedPerceptronTagger::isPresent),
                folders);
        LOG.info("NLTK data: {}", data.describe());
        return data;
    }

    private static Optional<Path> first(List<Path> folders, Predicate<Path> has) {
        return folders.stream().filter(has).findFirst();
    }

    /** Punkt with NLTK's parameters when found, else the built-in approximation; rules of {@code version}. */
    public SentenceSplitter sentenceSplitter(NltkVersion version) {
        return punkt.<SentenceSplitter>map(
                        dir -> PunktSentenceSplitter.fromNltkData(dir).withVersion(version))
                .orElseGet(() -> new BuiltInSentenceSplitter(version));
    }

    public StopWords stopWordList() {
        return stopWords.map(StopWords::load).orElseGet(StopWords::builtIn);
    }

    /** NLTK's tagger, loaded on first use (5.6 MB of JSON that only one IFBench rule needs), or the built-in one. */
    public PosTagger posTagger() {
        return tagger.<PosTagger>map(LazyPosTagger::new).orElseGet(BuiltInPosTagger::new);
    }

    /** IFBench's tools from this data, with built-in stand-ins for what was not found. */
    public IfbenchTextServices ifbenchServices(SyllableCounter syllables) {
        SentenceSplitter sentences = sentenceSplitter(NltkVersion.V3_10);
        return new IfbenchTextServices(
                sentences, new NltkWordTokenizer(sentences, NltkVersion.V3_10), posTagger(), stopWordList(), syllables);
    }

    /** IFBench's tools with only built-in approximations (no NLTK data): for tests and as the last resort. */
    public static IfbenchTextServices builtInIfbenchServices(SyllableCounter syllables) {
        SentenceSplitter sentences = new BuiltInSentenceSplitter(NltkVersion.V3_10);
        return new IfbenchTextServices(
                sentences,
                new NltkWordTokenizer(sentences, NltkVersion.V3_10),
                new BuiltInPosTagger(),
                StopWords.builtIn(),
                syllables);
    }

    /** One line for logs and the CLI: which resource came from where. */
    public String describe() {
        return "punkt " + where(punkt) + "; stopwords " + where(stopWords) + "; tagger " + where(tagger);
    }

    private String where(Optional<Path> folder) {
        return folder.map(Path::toString).orElse("built-in (not found in " + searched + ")");
    }

    /** Loads the real tagger the first time a tag is asked for; thread-safe. */
    private static final class LazyPosTagger implements PosTagger {

        private final Path nltkDataDir;
        private volatile AveragedPerceptronTagger loaded;

        LazyPosTagger(Path nltkDataDir) {
            this.nltkDataDir = nltkDataDir;
        }

        @Override
        public List<String> tag(List<String> tokens, int count) {
            return model().tag(tokens, count);
        }

        private AveragedPerceptronTagger model() {
            AveragedPerceptronTagger model = loaded;
            if (model == null) {
                synchronized (this) {
                    model = loaded;
                    if (model == null) {
                        model = AveragedPerceptronTagger.load(nltkDataDir);
                        loaded = model;
                    }
                }
            }
            return model;
        }

        @Override
        public String description() {
            return "NLTK averaged perceptron tagger from " + nltkDataDir;
        }

        @Override
        public boolean exact() {
            return true;
        }
    }
}
