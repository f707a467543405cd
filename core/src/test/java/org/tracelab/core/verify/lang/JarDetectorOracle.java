package org.tracelab.core.verify.lang;

import com.cybozu.labs.langdetect.Detector;
import com.cybozu.labs.langdetect.DetectorFactory;
import com.cybozu.labs.langdetect.LangDetectException;
import com.cybozu.labs.langdetect.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The jar's own {@code Detector}, configured as {@link CybozuLanguageIdentifier} configures
 * {@link FastLanguageDetector}: the test oracle. {@code DetectorFactory} is a JVM-wide singleton, loaded once.
 */
final class JarDetectorOracle {

    private static final String NO_FEATURES = "no features in text";

    static {
        try {
            if (DetectorFactory.getLangList().isEmpty()) {
                DetectorFactory.loadProfile(readProfiles());
            }
            if (!DetectorFactory.getLangList().equals(CybozuLanguageIdentifier.PROFILE_CODES)) {
                throw new IllegalStateException("langdetect profiles were loaded elsewhere: "
                        + DetectorFactory.getLangList());
            }
            DetectorFactory.setSeed(CybozuLanguageIdentifier.SEED);
        } catch (LangDetectException e) {
            throw new IllegalStateException("cannot load langdetect profiles: " + e.getMessage(), e);
        }
    }

    private JarDetectorOracle() {
    }

    /** {@code getProbabilities()}, or empty on "no features in text". */
    static Optional<List<LanguageProbability>> probabilities(String text) {
        try {
            Detector detector = DetectorFactory.create();
            detector.append(text);
            List<LanguageProbability> result = new ArrayList<>();
            for (Language language : detector.getProbabilities()) {
                result.add(new LanguageProbability(language.lang, language.prob));
            }
            return Optional.of(result);
        } catch (LangDetectException e) {
            if (NO_FEATURES.equals(e.getMessage())) {
                return Optional.empty();
            }
            throw new IllegalStateException("langdetect failed: " + e.getMessage(), e);
        }
    }

    /** {@code detect()}, or empty on "no features in text". */
    static Optional<String> detect(String text) {
        try {
            Detector detector = DetectorFactory.create();
            detector.append(text);
            return Optional.of(detector.detect());
        } catch (LangDetectException e) {
            if (NO_FEATURES.equals(e.getMessage())) {
                return Optional.empty();
            }
            throw new IllegalStateException("langdetect failed: " + e.getMessage(), e);
        }
    }

    private static List<String> readProfiles() {
        List<String> profiles = new ArrayList<>();
        for (String code : CybozuLanguageIdentifier.PROFILE_CODES) {
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
