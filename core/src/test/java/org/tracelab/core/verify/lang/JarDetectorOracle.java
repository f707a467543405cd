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
                throw new IllegalStateException(
                        "langdetect profiles were loaded elsewhere: " + DetectorFactory.getLangList());
            }
            DetectorFactory.setSeed(CybozuLanguageIdentifier.SEED);
        } catch (LangDetectException e) {
            throw new IllegalStateException("cannot load langdetect profiles: " + e.getMessage(), e);
        }
    }

    private JarDetectorOracle() {}

    /** What one jar {@code Detector} answers for a text. */
    record Answer(Optional<String> language, Optional<List<LanguageProbability>> probabilities) {}

    /**
     * {@code getProbabilities()} and then {@code detect()} of the same detector (which reuses the computed
     * probabilities); both empty on "no features in text".
     */
    static Answer answer(String text) {
        try {
            Detector detector = DetectorFactory.create();
            detector.append(text);
            List<LanguageProbability> probabilities = new ArrayList<>();
            for (Language language : detector.getProbabilities()) {
                probabilities.add(new LanguageProbability(language.lang, language.prob));
            }
            return new Answer(Optional.of(detector.detect()), Optional.of(probabilities));
        } catch (LangDetectException e) {
            if (NO_FEATURES.equals(e.getMessage())) {
                return new Answer(Optional.empty(), Optional.empty());
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
