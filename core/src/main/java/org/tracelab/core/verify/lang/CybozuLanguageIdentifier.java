package org.tracelab.core.verify.lang;

import java.util.List;
import java.util.Optional;

/**
 * Language identification with the algorithm and profiles of Cybozu's Java langdetect (1.1-20120112), the
 * library Python's {@code langdetect} 1.0.9 was ported from. Detection runs in {@link FastLanguageDetector},
 * our exact re-implementation of the jar's {@code Detector} (same answers and probabilities, several times
 * faster); the jar supplies the profiles. Differences from the Python reference (see ADR 0002): the jar has
 * 53 profiles (no {@code ca}, {@code cy}) and another {@code ko} profile, and n-grams are sampled with
 * {@link java.util.Random} instead of Python's Mersenne Twister. The seed is fixed, so a text always gets
 * the same answer.
 *
 * <p>The profiles are loaded once, on first construction, and only read afterwards; concurrent calls are
 * safe.
 */
public final class CybozuLanguageIdentifier implements LanguageIdentifier {

    /** The seed given to every detection, as {@code DetectorFactory.setSeed(SEED)}. */
    public static final long SEED = 0L;

    /** The profiles shipped in the jar under {@code profiles/}, in the order that breaks probability ties. */
    static final List<String> PROFILE_CODES = List.of(
            "af", "ar", "bg", "bn", "cs", "da", "de", "el", "en", "es", "et", "fa", "fi", "fr", "gu", "he", "hi", "hr",
            "hu", "id", "it", "ja", "kn", "ko", "lt", "lv", "mk", "ml", "mr", "ne", "nl", "no", "pa", "pl", "pt", "ro",
            "ru", "sk", "sl", "so", "sq", "sv", "sw", "ta", "te", "th", "tl", "tr", "uk", "ur", "vi", "zh-cn", "zh-tw");

    private final FastLanguageDetector detector;

    /** Loads the profiles now (once per JVM) rather than inside the first (possibly timed) detection. */
    public CybozuLanguageIdentifier() {
        this.detector = SharedDetector.INSTANCE;
    }

    /**
     * The most probable language; {@code unknown} (as Python's {@code detect} also returns) when no
     * language scores above 0.1; empty when the text has no features, which IFEval counts as a pass.
     */
    @Override
    public Optional<String> detect(String text) {
        return detector.detect(text);
    }

    @Override
    public String description() {
        return "Cybozu langdetect 1.1-20120112 (Java), " + PROFILE_CODES.size() + " profiles, seed " + SEED;
    }

    /** The profiles take ~25 MB and a fraction of a second to build: one instance, built on first use. */
    private static final class SharedDetector {

        static final FastLanguageDetector INSTANCE = FastLanguageDetector.fromJarProfiles(PROFILE_CODES, SEED);

        private SharedDetector() {}
    }
}
