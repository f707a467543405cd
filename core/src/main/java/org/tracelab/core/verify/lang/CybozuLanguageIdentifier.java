package org.tracelab.core.verify.lang;

import com.cybozu.labs.langdetect.Detector;
import com.cybozu.labs.langdetect.DetectorFactory;
import com.cybozu.labs.langdetect.LangDetectException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Language identification with Cybozu's Java langdetect (1.1-20120112), the library Python's
 * {@code langdetect} 1.0.9 was ported from. Differences from the Python reference (see ADR 0002): the jar
 * has 53 profiles (no {@code ca}, {@code cy}) and another {@code ko} profile, and n-grams are sampled with
 * {@link java.util.Random} instead of Python's Mersenne Twister. The seed is fixed, so a text always gets
 * the same answer.
 *
 * <p>{@code DetectorFactory} is a JVM-wide singleton; its profiles are loaded once, on first use, and only
 * read afterwards. Each call builds its own {@link Detector}, so concurrent calls are safe.
 */
public final class CybozuLanguageIdentifier implements LanguageIdentifier {

    /** The seed given to every detector. */
    public static final long SEED = 0L;

    /** The profiles shipped in the jar under {@code profiles/}; the directory loader cannot read a jar. */
    static final List<String> PROFILE_CODES = List.of(
            "af", "ar", "bg", "bn", "cs", "da", "de", "el", "en", "es", "et", "fa", "fi", "fr", "gu", "he",
            "hi", "hr", "hu", "id", "it", "ja", "kn", "ko", "lt", "lv", "mk", "ml", "mr", "ne", "nl", "no",
            "pa", "pl", "pt", "ro", "ru", "sk", "sl", "so", "sq", "sv", "sw", "ta", "te", "th", "tl", "tr",
            "uk", "ur", "vi", "zh-cn", "zh-tw");

    /** Loads the profiles now rather than inside the first (possibly timed) detection. */
    public CybozuLanguageIdentifier() {
        Profiles.ensureLoaded();
    }

    /** Python langdetect's message (and Java's) when the text has no usable n-gram. */
    private static final String NO_FEATURES = "no features in text";

    /**
     * The most probable language; {@code unknown} (as Python's {@code detect} also returns) when no
     * language scores above 0.1; empty when the text has no features, which IFEval counts as a pass.
     */
    @Override
    public Optional<String> detect(String text) {
        try {
            Detector detector = Profiles.newDetector();
            detector.append(text);
            return Optional.of(detector.detect());
        } catch (LangDetectException e) {
            if (e.getMessage() != null && e.getMessage().equalsIgnoreCase(NO_FEATURES)) {
                return Optional.empty();
            }
            throw new IllegalStateException("language detection failed: " + e.getMessage(), e);
        }
    }

    @Override
    public String description() {
        return "Cybozu langdetect 1.1-20120112 (Java), " + PROFILE_CODES.size() + " profiles, seed " + SEED;
    }

    /** Loads the jar's profiles into the global factory exactly once (class initialisation is atomic). */
    private static final class Profiles {

        static {
            try {
                if (DetectorFactory.getLangList().isEmpty()) {
                    DetectorFactory.loadProfile(readProfiles());
                }
                if (!DetectorFactory.getLangList().equals(PROFILE_CODES)) {
                    throw new IllegalStateException("langdetect profiles were loaded elsewhere: "
                            + DetectorFactory.getLangList());
                }
                DetectorFactory.setSeed(SEED);
            } catch (LangDetectException e) {
                throw new IllegalStateException("cannot load langdetect profiles: " + e.getMessage(), e);
            }
        }

        private Profiles() {
        }

        /** Calling any method runs the static initialiser above, once. */
        static void ensureLoaded() {
        }

        static Detector newDetector() throws LangDetectException {
            return DetectorFactory.create();
        }

        private static List<String> readProfiles() {
            List<String> profiles = new ArrayList<>(PROFILE_CODES.size());
            for (String code : PROFILE_CODES) {
                String resource = "/profiles/" + code;
                try (InputStream in = DetectorFactory.class.getResourceAsStream(resource)) {
                    if (in == null) {
                        throw new IllegalStateException("langdetect profile missing from the jar: " + resource);
                    }
                    profiles.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read langdetect profile " + resource, e);
                }
            }
            return profiles;
        }
    }
}
