package org.tracelab.core.verify.lang;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * An exact re-implementation of langdetect's {@code Detector} (Cybozu 1.1-20120112) that returns the same
 * language and bit-identical probabilities for every text, given the same profiles and seed, several times
 * faster: n-grams are profile ids in an {@code int[]}, probability rows are slices of one flat
 * {@code double[]}, and the per-call buffers are reused per thread. Every floating-point operation of
 * {@code detectBlock}, {@code updateLangProb} and {@code normalizeProb} happens in the jar's order.
 * {@code FastLanguageDetectorTest} checks the equality against the jar on thousands of texts.
 *
 * <p>Thread-safe: the profiles are immutable and all mutable state is thread-local.
 */
public final class FastLanguageDetector {

    /** {@code Detector.n_trial}. */
    private static final int TRIALS = 7;
    /** {@code Detector.ALPHA_DEFAULT} and {@code ALPHA_WIDTH}. */
    private static final double ALPHA = 0.5;

    private static final double ALPHA_WIDTH = 0.05;
    private static final int ITERATION_LIMIT = 1000;
    private static final double CONVERGENCE_THRESHOLD = 0.99999;
    /** Probabilities are reported only above this ({@code Detector.PROB_THRESHOLD}). */
    private static final double REPORT_THRESHOLD = 0.1;

    private static final double BASE_FREQUENCY = 10000;
    /** Checked for convergence every this many sampled n-grams. */
    private static final int CONVERGENCE_CHECK_INTERVAL = 5;

    private final LanguageProfiles profiles;
    private final long seed;
    private final ThreadLocal<Scratch> scratch;

    FastLanguageDetector(LanguageProfiles profiles, long seed) {
        this.profiles = profiles;
        this.seed = seed;
        this.scratch = ThreadLocal.withInitial(() -> new Scratch(profiles.languageCount()));
    }

    /** A detector over the jar's {@code profiles/<code>} resources, as {@code DetectorFactory.setSeed(seed)}. */
    public static FastLanguageDetector fromJarProfiles(List<String> codes, long seed) {
        return new FastLanguageDetector(LanguageProfiles.fromJar(codes), seed);
    }

    public List<String> languages() {
        return profiles.languages();
    }

    /**
     * {@code Detector.detect()}: the most probable language, {@code unknown} when none is above 0.1, empty
     * when the text has no known n-gram (the jar's "no features in text").
     */
    public Optional<String> detect(String text) {
        return probabilities(text)
                .map(ranked -> ranked.isEmpty() ? "unknown" : ranked.get(0).language());
    }

    /**
     * {@code Detector.getProbabilities()}: the languages above 0.1, most probable first (ties in profile
     * order); empty when the text has no known n-gram.
     */
    public Optional<List<LanguageProbability>> probabilities(String text) {
        Scratch work = scratch.get();
        int length = DetectorText.prepare(text, work.text);
        int ngramCount = NGramExtractor.extract(work.text, length, profiles.index(), work.ngrams);
        if (ngramCount == 0) {
            return Optional.empty();
        }
        detectBlock(work, ngramCount);
        return Optional.of(ranked(work.averaged));
    }

    /** {@code Detector.detectBlock}: seven sampling trials, averaged into {@code work.averaged}. */
    private void detectBlock(Scratch work, int ngramCount) {
        int languageCount = profiles.languageCount();
        double[] rows = profiles.probabilities();
        int[] ngrams = work.ngrams;
        double[] averaged = work.averaged;
        double[] prob = work.trial;
        Arrays.fill(averaged, 0.0);
        // The jar creates one Random per detection and seeds it with setSeed(seed), same as new Random(seed).
        Random random = new Random(seed);
        double initial = 1.0 / languageCount;
        for (int trial = 0; trial < TRIALS; trial++) {
            Arrays.fill(prob, initial);
            double alpha = ALPHA + random.nextGaussian() * ALPHA_WIDTH;
            double weight = alpha / BASE_FREQUENCY;
            for (int i = 0; ; i++) {
                int row = ngrams[random.nextInt(ngramCount)] * languageCount;
                for (int language = 0; language < languageCount; language++) {
                    prob[language] *= weight + rows[row + language];
                }
                if (i % CONVERGENCE_CHECK_INTERVAL == 0
                        && (normalize(prob) > CONVERGENCE_THRESHOLD || i >= ITERATION_LIMIT)) {
                    break;
                }
            }
            for (int language = 0; language < languageCount; language++) {
                averaged[language] += prob[language] / TRIALS;
            }
        }
    }

    /** {@code Detector.normalizeProb}: scales to sum 1 in place and returns the largest probability. */
    private static double normalize(double[] prob) {
        double sum = 0.0;
        for (double p : prob) {
            sum += p;
        }
        double max = 0.0;
        for (int i = 0; i < prob.length; i++) {
            double p = prob[i] / sum;
            if (max < p) {
                max = p;
            }
            prob[i] = p;
        }
        return max;
    }

    /** {@code Detector.sortProbability}: insertion in profile order, before the first strictly smaller one. */
    private List<LanguageProbability> ranked(double[] averaged) {
        List<String> languages = profiles.languages();
        List<LanguageProbability> ranked = new ArrayList<>(4);
        for (int language = 0; language < averaged.length; language++) {
            double p = averaged[language];
            if (p > REPORT_THRESHOLD) {
                int at = 0;
                while (at < ranked.size() && ranked.get(at).probability() >= p) {
                    at++;
                }
                ranked.add(at, new LanguageProbability(languages.get(language), p));
            }
        }
        return List.copyOf(ranked);
    }

    /** Per-thread buffers, sized for the longest text the jar considers. */
    private static final class Scratch {

        final char[] text = new char[DetectorText.MAX_LENGTH];
        /** At most three n-grams per char. */
        final int[] ngrams = new int[3 * DetectorText.MAX_LENGTH];

        final double[] trial;
        final double[] averaged;

        Scratch(int languageCount) {
            trial = new double[languageCount];
            averaged = new double[languageCount];
        }
    }
}
