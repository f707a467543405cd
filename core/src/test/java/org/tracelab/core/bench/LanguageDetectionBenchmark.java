package org.tracelab.core.bench;

import com.cybozu.labs.langdetect.Detector;
import com.cybozu.labs.langdetect.DetectorFactory;
import com.cybozu.labs.langdetect.LangDetectException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.tracelab.core.verify.lang.FastLanguageDetector;

/**
 * Single-thread detection time per text, the jar's {@code Detector} against {@link FastLanguageDetector},
 * on the 541 GPT-4 IFEval responses: a plain harness, run with the core test classpath, e.g.
 * {@code java -cp core/target/classes:core/target/test-classes:<deps> org.tracelab.core.bench.LanguageDetectionBenchmark .}
 *
 * <p>Arguments: the repository root (the shared data is read from its sibling {@code shared/}), then
 * optionally the number of measured rounds.
 */
public final class LanguageDetectionBenchmark {

    private static final List<String> PROFILE_CODES = List.of(
            "af", "ar", "bg", "bn", "cs", "da", "de", "el", "en", "es", "et", "fa", "fi", "fr", "gu", "he", "hi", "hr",
            "hu", "id", "it", "ja", "kn", "ko", "lt", "lv", "mk", "ml", "mr", "ne", "nl", "no", "pa", "pl", "pt", "ro",
            "ru", "sk", "sl", "so", "sq", "sv", "sw", "ta", "te", "th", "tl", "tr", "uk", "ur", "vi", "zh-cn", "zh-tw");
    private static final int WARM_UP_ROUNDS = 10;

    private LanguageDetectionBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path responses = Path.of(args.length > 0 ? args[0] : ".")
                .toAbsolutePath()
                .normalize()
                .resolveSibling("shared")
                .resolve("data/ifeval/responses_gpt4.jsonl");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        if (!Files.isRegularFile(responses)) {
            System.out.println("LanguageDetectionBenchmark skipped: " + responses + " not found");
            return;
        }
        List<String> texts = readResponses(responses);
        loadJarProfiles();
        FastLanguageDetector fast = FastLanguageDetector.fromJarProfiles(PROFILE_CODES, 0L);

        Function<String, String> jar = LanguageDetectionBenchmark::detectWithJar;
        Function<String, String> ours = text -> fast.detect(text).orElse("");
        for (String text : texts) {
            if (!jar.apply(text).equals(ours.apply(text))) {
                throw new IllegalStateException("detectors disagree on: " + text);
            }
        }
        System.out.printf(
                Locale.ROOT, "language detection, %d GPT-4 responses, one thread, %d rounds%n", texts.size(), rounds);
        double jarNanos = report("jar Detector", jar, texts, rounds);
        double fastNanos = report("FastLanguageDetector", ours, texts, rounds);
        System.out.printf(Locale.ROOT, "speed-up (median): %.1fx%n", jarNanos / fastNanos);
    }

    /** Prints best and median ns per text and returns the median. */
    private static double report(String name, Function<String, String> detector, List<String> texts, int rounds) {
        for (int i = 0; i < WARM_UP_ROUNDS; i++) {
            run(detector, texts);
        }
        long[] elapsed = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            elapsed[i] = run(detector, texts);
        }
        Arrays.sort(elapsed);
        double best = (double) elapsed[0] / texts.size();
        double median = (double) elapsed[rounds / 2] / texts.size();
        System.out.printf(Locale.ROOT, "  %-22s best %,9.0f ns/text, median %,9.0f ns/text%n", name, best, median);
        return median;
    }

    private static long run(Function<String, String> detector, List<String> texts) {
        long start = System.nanoTime();
        int checksum = 0;
        for (String text : texts) {
            checksum += detector.apply(text).length();
        }
        long elapsed = System.nanoTime() - start;
        if (checksum < 0) {
            throw new IllegalStateException("impossible checksum");
        }
        return elapsed;
    }

    private static String detectWithJar(String text) {
        try {
            Detector detector = DetectorFactory.create();
            detector.append(text);
            return detector.detect();
        } catch (LangDetectException e) {
            return "";
        }
    }

    private static void loadJarProfiles() throws IOException, LangDetectException {
        List<String> profiles = new ArrayList<>();
        for (String code : PROFILE_CODES) {
            try (InputStream in = DetectorFactory.class.getResourceAsStream("/profiles/" + code)) {
                profiles.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        DetectorFactory.loadProfile(profiles);
        DetectorFactory.setSeed(0L);
    }

    private static List<String> readResponses(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> texts = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                texts.add(json.readTree(line).get("response").asText());
            }
        }
        return texts;
    }
}
