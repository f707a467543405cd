package org.tracelab.core.verify.lang;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.tracelab.core.testing.SharedData;

/**
 * Differential test: {@link FastLanguageDetector} must give exactly the jar's {@code Detector} results, the
 * same language and bit-identical {@code getProbabilities()}, for every text.
 */
class FastLanguageDetectorTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final FastLanguageDetector FAST =
            FastLanguageDetector.fromJarProfiles(CybozuLanguageIdentifier.PROFILE_CODES, CybozuLanguageIdentifier.SEED);
    private static final int WASMAGENT_SAMPLE_EVERY = Boolean.getBoolean("tracelab.difftest.full") ? 1 : 5;

    @Test
    void usesTheJarsLanguagesInOrder() {
        assertThat(FAST.languages()).isEqualTo(CybozuLanguageIdentifier.PROFILE_CODES);
    }

    @Test
    void edgeCasesMatchTheJar() {
        List<String> texts = EdgeCases.all();
        assertIdentical(texts);
        assertThat(texts)
                .as("the edge cases include featureless and Vietnamese texts")
                .anySatisfy(text -> assertThat(FAST.detect(text)).isEmpty())
                .anySatisfy(text -> assertThat(FAST.detect(text)).contains("vi"));
    }

    @Test
    void randomMixturesOfScriptsMatchTheJar() {
        assertIdentical(EdgeCases.randomMixtures(new Random(20240607), 600));
    }

    @Test
    void gpt4ResponsesAndTheirLooseVariantsMatchTheJar() throws IOException {
        List<String> responses = new ArrayList<>();
        for (JsonNode row : readJsonl(SharedData.require("data/ifeval/responses_gpt4.jsonl"))) {
            responses.add(row.get("response").asText());
        }
        assertIdentical(withLooseVariants(responses));
    }

    /**
     * Every fifth distinct artifact with its variants, to stay fast (the jar needs about a millisecond a
     * text); {@code -Dtracelab.difftest.full=true} takes them all (2272 artifacts, 5748 distinct texts).
     */
    @Test
    void wasmAgentArtifactsAndTheirLooseVariantsMatchTheJar() throws IOException {
        Set<String> artifacts = new LinkedHashSet<>();
        try (Stream<Path> files = Files.walk(SharedData.require("data/wasmagent"))) {
            for (Path runs : files.filter(p -> p.getFileName().toString().equals("runs.jsonl"))
                    .sorted()
                    .toList()) {
                for (JsonNode run : readJsonl(runs)) {
                    JsonNode artifact = run.get("artifact");
                    if (artifact != null && artifact.isTextual()) {
                        artifacts.add(artifact.asText());
                    }
                }
            }
        }
        assertThat(artifacts).hasSizeGreaterThan(1000);
        List<String> sample = new ArrayList<>();
        int index = 0;
        for (String artifact : artifacts) {
            if (index++ % WASMAGENT_SAMPLE_EVERY == 0) {
                sample.add(artifact);
            }
        }
        assertIdentical(withLooseVariants(sample));
    }

    @Test
    void concurrentCallsMatchTheJar() throws Exception {
        List<String> texts = EdgeCases.randomMixtures(new Random(7), 200);
        List<Optional<List<LanguageProbability>>> expected = texts.stream()
                .map(text -> JarDetectorOracle.answer(text).probabilities())
                .toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Optional<List<LanguageProbability>>>>> runs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                runs.add(pool.submit(
                        () -> texts.stream().map(FAST::probabilities).toList()));
            }
            for (Future<List<Optional<List<LanguageProbability>>>> run : runs) {
                assertThat(run.get(60, TimeUnit.SECONDS)).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void latinExtendedAdditionalBoundsAreTheJdksBlock() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            boolean inBlock = Character.UnicodeBlock.of((char) c) == Character.UnicodeBlock.LATIN_EXTENDED_ADDITIONAL;
            boolean inBounds = c >= DetectorText.FIRST_LATIN_EXTENDED_ADDITIONAL
                    && c <= DetectorText.LAST_LATIN_EXTENDED_ADDITIONAL;
            assertThat(inBounds).as("U+%04X", c).isEqualTo(inBlock);
        }
    }

    /**
     * Compares languages and probabilities ({@code Double.compare}, i.e. bit-level) for every text, on all
     * cores: the jar needs about a millisecond a text.
     */
    private static void assertIdentical(Collection<String> texts) {
        List<String> differences = texts.parallelStream()
                .map(FastLanguageDetectorTest::difference)
                .flatMap(Optional::stream)
                .toList();
        assertThat(differences)
                .as(
                        "%d of %d texts differ from the jar:%n%s",
                        differences.size(),
                        texts.size(),
                        String.join("\n", differences.subList(0, Math.min(20, differences.size()))))
                .isEmpty();
    }

    private static Optional<String> difference(String text) {
        JarDetectorOracle.Answer expected = JarDetectorOracle.answer(text);
        JarDetectorOracle.Answer actual = new JarDetectorOracle.Answer(FAST.detect(text), FAST.probabilities(text));
        if (expected.equals(actual)) {
            return Optional.empty();
        }
        return Optional.of(String.format("  jar=%s fast=%s text=%s", expected, actual, abbreviate(text)));
    }

    /** Each text plus the variants IFEval's loose check detects on: no {@code *}, no first / last line. */
    private static Set<String> withLooseVariants(Collection<String> texts) {
        Set<String> all = new LinkedHashSet<>();
        for (String text : texts) {
            all.add(text);
            all.add(text.replace("*", ""));
            List<String> lines = List.of(text.split("\n", -1));
            all.add(String.join("\n", lines.subList(1, lines.size())).strip());
            all.add(String.join("\n", lines.subList(0, lines.size() - 1)).strip());
        }
        return all;
    }

    private static String abbreviate(String text) {
        try {
            return JSON.writeValueAsString(text.length() <= 120 ? text : text.substring(0, 120) + "…");
        } catch (IOException e) {
            return text;
        }
    }

    private static List<JsonNode> readJsonl(Path file) throws IOException {
        List<JsonNode> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                rows.add(JSON.readTree(line));
            }
        }
        return rows;
    }

    /** Texts that exercise each step of the jar's preparation and n-gram extraction. */
    private static final class EdgeCases {

        private static final String ENGLISH = "The quick brown fox jumps over the lazy dog near the river bank. ";
        private static final String VIETNAMESE =
                "Tiếng Việt là ngôn ngữ của người Việt và là ngôn ngữ chính thức " + "tại Việt Nam. ";
        /** Pools for random mixtures: scripts, the normalisation special cases, separators and surrogates. */
        private static final String[] POOLS = {
            "abcdefghijklmnopqrstuvwxyz",
            "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
            "      ",
            "0123456789.,;:!?'\"()[]{}<>-_`^\\",
            "\n\t\r",
            "àáâãäåæçèéêëìíîïñòóôõöøùúûüýÿßœ",
            "\u00a0\u00ab\u00b0\u00bb",
            "șțşţăâîŞŢ",
            "\u0300\u0301\u0303\u0309\u0323",
            "ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ",
            "абвгдежзийклмнопрстуфхцчшщъыьэюяАБВГД",
            "αβγδεζηθικλμνξοπρστυφχψω",
            "אבגדהוזחטיכלמנסעפצקרשת",
            "ابتثجحخدذرزسشصضطظعغفقكلمنهوي\u06cc",
            "अआइईउऊएऐओऔकखगघङचछजझञ",
            "กขคงจฉชซญฎฏฐ",
            "的一是不了人我在有他这为之大来以个中上们",
            "國說們這時會對學過與",
            "あいうえおかきくけこ",
            "アイウエオカキクケコ",
            "ㄅㄆㄇㄈ",
            "가나다라마바사아자차카타파하",
            "\u2010\u2013\u2014\u2018\u2019\u201c\u201d\u2026",
            "😀🎉👍🏽🇫🇷",
            "\ud800\udc00\ud83d",
            "ḀḁẞỲỳ",
            "ÆØÅæøå",
            "ğışçöüİĞ",
            "http://a.b/c https://x.y?z=1 ",
            "a.b@c.de foo_bar@mail-x.org ",
            "@@ http http:",
        };

        static List<String> all() {
            List<String> texts = new ArrayList<>(List.of(
                    "",
                    " ",
                    "   \n ",
                    "\t\t",
                    "1234 5678 90",
                    "!!! ??? ...",
                    "a",
                    "A",
                    "ab",
                    "AB",
                    "ABC DEF",
                    "I",
                    "OK",
                    "ok",
                    "YES",
                    "Hello",
                    "HELLO WORLD this is lower",
                    "Hello World This Is Title Case",
                    "x y z",
                    "[]^_`",
                    "`_^",
                    "   leading and trailing   ",
                    "many     spaces    between",
                    "tabs\tand\nnewlines\r\nhere",
                    "http://example.com",
                    "see https://example.com/path?q=1&r=2 now",
                    "mail me at john.doe@example.com please",
                    "john@",
                    "@example.com",
                    "http://",
                    "visit http://a.example/x and write to x@y.z",
                    "a@b.c@d.e",
                    "The year 2024 was 12.5% better than 2023.",
                    "Français: ça, où, très, naïve, cœur",
                    "Deutsch: Größe, Straße, über, Mädchen",
                    "Español: niño, año, corazón, ¿qué?, ¡hola!",
                    "Português: ação, coração, pão, você",
                    "Română: ș ț ş ţ ă â î",
                    "Türkçe: ğ ı ş ç ö ü İ",
                    "Русский язык — один из восточнославянских языков.",
                    "Українська мова є державною.",
                    "Ελληνικά είναι η επίσημη γλώσσα της Ελλάδας.",
                    "עברית היא שפה שמית.",
                    "العربية هي لغة رسمية في أكثر من عشرين دولة.",
                    "فارسی یکی از زبان‌های هندواروپایی است.",
                    "हिन्दी भारत की राजभाषा है।",
                    "বাংলা ভাষা",
                    "தமிழ் மொழி",
                    "ภาษาไทยเป็นภาษาราชการ",
                    "日本語は日本の公用語です。ひらがなとカタカナ。",
                    "한국어는 대한민국의 공용어이다.",
                    "中文是世界上使用人数最多的语言。",
                    "中文是世界上使用人數最多的語言。",
                    "ㄅㄆㄇㄈ注音符號",
                    VIETNAMESE,
                    Normalizer.normalize(VIETNAMESE, Normalizer.Form.NFD),
                    "Vie\u0302\u0323t Nam a\u0300 a\u0301 a\u0303 a\u0309 a\u0323 x\u0300",
                    "English with a little 中文 and русский and عربي mixed in",
                    "日本語 English 中文 Русский العربية हिन्दी 한국어 ภาษาไทย Ελληνικά עברית",
                    "abc 中文中文中文中文中文中文中文中文中文中文中文中文中文",
                    "ḀḁẞỲỳ ḀḁẞỲỳ Ḁḁ",
                    "emoji 😀🎉👍🏽 party time 🇫🇷",
                    "😀😀😀",
                    "\ud800 lone \udc00 surrogates \ud83d",
                    "\u0000\u0001\u0002 control chars \u007f",
                    "\u00a0non\u00a0breaking\u00a0spaces\u00a0«quoted»",
                    "“Curly” ‘quotes’ – dashes — and… ellipses",
                    "ALL CAPS TEXT SHOUTING LOUDLY",
                    "MiXeD CaSe TeXt HeRe",
                    "e.g. i.e. etc. vs. Mr. Mrs. Dr.",
                    "k",
                    "z q x j"));
            texts.add(ENGLISH.repeat(200));
            texts.add(VIETNAMESE.repeat(150));
            texts.add("中文是世界上使用人数最多的语言。".repeat(800));
            texts.add(ENGLISH.repeat(100) + "中文是世界上使用人数最多的语言。".repeat(600));
            texts.add("x".repeat(9_999) + " hello world in english");
            texts.add(" ".repeat(20_000) + ENGLISH);
            texts.add("http://" + "a".repeat(3000) + " " + ENGLISH);
            texts.add("a".repeat(70) + "@" + "b".repeat(300) + " " + ENGLISH);
            texts.add(ENGLISH.toUpperCase().repeat(50));
            return texts;
        }

        static List<String> randomMixtures(Random random, int count) {
            List<String> texts = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                int pools = 1 + random.nextInt(3);
                String[] chosen = new String[pools];
                for (int p = 0; p < pools; p++) {
                    chosen[p] = POOLS[random.nextInt(POOLS.length)];
                }
                int length = random.nextInt(20) == 0 ? 2000 + random.nextInt(12_000) : random.nextInt(120);
                StringBuilder text = new StringBuilder(length);
                for (int c = 0; c < length; c++) {
                    String pool = random.nextInt(4) == 0 ? " " : chosen[random.nextInt(pools)];
                    text.append(pool.charAt(random.nextInt(pool.length())));
                }
                texts.add(text.toString());
            }
            return texts;
        }
    }
}
