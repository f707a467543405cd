package org.tracelab.core.verify.text.punkt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The trained Punkt model for one language: known abbreviations, collocations whose first word ends in a
 * period, frequent sentence starters, and the orthographic contexts each word type was seen in. All word
 * types are lower case; numbers are normalised to {@code ##number##}.
 *
 * @param abbrevTypes abbreviation types without their final period
 * @param collocations word pairs that are never split by a sentence break
 * @param sentStarters types that often begin a sentence
 * @param orthoContext bit set of {@link OrthoContext} flags per type; absent types have no flags
 */
public record PunktParameters(
        Set<String> abbrevTypes,
        Set<Collocation> collocations,
        Set<String> sentStarters,
        Map<String, Integer> orthoContext) {

    /** A pair of word types; the first one ended in a period in the training text. */
    public record Collocation(String first, String second) {}

    static final String ABBREV_FILE = "abbrev_types.txt";
    static final String COLLOCATIONS_FILE = "collocations.tab";
    static final String ORTHO_FILE = "ortho_context.tab";
    static final String STARTERS_FILE = "sent_starters.txt";
    private static final List<String> FILES = List.of(ABBREV_FILE, COLLOCATIONS_FILE, ORTHO_FILE, STARTERS_FILE);

    public PunktParameters {
        abbrevTypes = Set.copyOf(abbrevTypes);
        collocations = Set.copyOf(collocations);
        sentStarters = Set.copyOf(sentStarters);
        orthoContext = Map.copyOf(orthoContext);
    }

    /** The orthographic context flags of a type, 0 when it was never seen. */
    int orthoFlags(String type) {
        Integer flags = orthoContext.get(type);
        return flags == null ? 0 : flags;
    }

    /** Where the English parameter files live below an {@code nltk_data} directory. */
    public static Path englishDirectory(Path nltkDataDir) {
        return nltkDataDir.resolve("tokenizers").resolve("punkt_tab").resolve("english");
    }

    /** True when all four English parameter files exist below {@code nltkDataDir}. */
    public static boolean isPresent(Path nltkDataDir) {
        Path dir = englishDirectory(nltkDataDir);
        return FILES.stream().allMatch(name -> Files.isRegularFile(dir.resolve(name)));
    }

    /**
     * Loads the English parameters from an {@code nltk_data} directory
     * ({@code DIR/tokenizers/punkt_tab/english/}).
     *
     * @throws IllegalArgumentException when a file is missing or a line is malformed (message names the
     *     file and line)
     * @throws UncheckedIOException when a file cannot be read
     */
    public static PunktParameters load(Path nltkDataDir) {
        Path dir = englishDirectory(nltkDataDir);
        Set<String> abbrevs = new HashSet<>(readEntries(dir.resolve(ABBREV_FILE)));
        Set<String> starters = new HashSet<>(readEntries(dir.resolve(STARTERS_FILE)));

        Set<Collocation> collocations = new HashSet<>();
        Path collocationFile = dir.resolve(COLLOCATIONS_FILE);
        forEachLine(collocationFile, (lineNumber, line) -> {
            String[] fields = splitTab(collocationFile, lineNumber, line);
            collocations.add(new Collocation(fields[0], fields[1]));
        });

        Map<String, Integer> ortho = new HashMap<>();
        Path orthoFile = dir.resolve(ORTHO_FILE);
        forEachLine(orthoFile, (lineNumber, line) -> {
            String[] fields = splitTab(orthoFile, lineNumber, line);
            try {
                ortho.put(fields[0], Integer.parseInt(fields[1]));
            } catch (NumberFormatException e) {
                throw malformed(orthoFile, lineNumber, "flags '" + fields[1] + "' are not an integer");
            }
        });
        return new PunktParameters(abbrevs, collocations, starters, ortho);
    }

    private interface LineConsumer {
        void accept(int lineNumber, String line);
    }

    private static List<String> readEntries(Path file) {
        List<String> entries = new java.util.ArrayList<>();
        forEachLine(file, (lineNumber, line) -> entries.add(line));
        return entries;
    }

    /** Feeds every non-empty line (without a trailing CR) with its 1-based number. */
    private static void forEachLine(Path file, LineConsumer consumer) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("Punkt parameter file not found: " + file);
        }
        String content;
        try {
            content = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read Punkt parameter file " + file, e);
        }
        int lineNumber = 0;
        int start = 0;
        while (start <= content.length()) {
            int newline = content.indexOf('\n', start);
            int end = newline < 0 ? content.length() : newline;
            lineNumber++;
            String line = content.substring(start, end);
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            if (!line.isEmpty()) {
                consumer.accept(lineNumber, line);
            }
            if (newline < 0) {
                break;
            }
            start = newline + 1;
        }
    }

    private static String[] splitTab(Path file, int lineNumber, String line) {
        int tab = line.indexOf('\t');
        if (tab <= 0 || tab == line.length() - 1 || line.indexOf('\t', tab + 1) >= 0) {
            throw malformed(file, lineNumber, "expected two tab-separated fields but found '" + line + "'");
        }
        return new String[] {line.substring(0, tab), line.substring(tab + 1)};
    }

    private static IllegalArgumentException malformed(Path file, int lineNumber, String what) {
        return new IllegalArgumentException(file + ":" + lineNumber + ": " + what);
    }
}
