package org.tracelab.core.flags;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tracelab.core.dataset.IfevalTask;
import org.tracelab.core.verify.constraint.Instruction;
import org.tracelab.core.verify.constraint.Relation;
import org.tracelab.core.verify.ifeval.KeywordsExistence;
import org.tracelab.core.verify.ifeval.KeywordsFrequency;
import org.tracelab.core.verify.ifeval.NumberSentences;
import org.tracelab.core.verify.ifeval.NumberWords;
import org.tracelab.core.verify.ifeval.RepeatPrompt;
import org.tracelab.core.verify.ifeval.Title;

/**
 * Flags answers that likely pass (or try to pass) a check without doing the task, as seen in small-model
 * repair traces: refusals, {@code <<untitled>>} titles, a {@code Keywords: a, b} trailer, the prompt echoed
 * with no answer, an answer shrunk to a fraction of the one it repairs, and truncation. Heuristics tuned to be
 * specific rather than complete; a flag never changes a verdict or a rate. Stateless and thread-safe.
 */
public final class GamingDetector {

    /** A refusal must start within this many characters of the answer proper. */
    static final int REFUSAL_WINDOW_CHARS = 200;
    /** An answer this long is an answer, whatever its first sentence says. */
    static final int REFUSAL_MAX_WORDS = 150;
    /** What follows an echoed prompt must have at least this many words to count as an answer. */
    static final int ECHO_MIN_ANSWER_WORDS = 15;
    /** {@code gamed:shrunk}: the predecessor had at least this many words... */
    static final int SHRINK_MIN_PREDECESSOR_WORDS = 50;
    /** ...and the answer has fewer than this fraction of them. */
    static final double SHRINK_FRACTION = 0.25;

    private static final Pattern REFUSAL = Pattern.compile(
            "\\b(?:(?:i'?m|i am) sorry,? but|i apologi[sz]e,? but"
                    + "|i (?:cannot|can ?not|can'?t|can’t|won'?t|will not|am unable to|'?m unable to|am not able to"
                    + "|'?m not able to) (?:help|assist|provide|fulfil|fulfill|comply|complete|repeat|write|create"
                    + "|generate|do|answer|share|give)"
                    + "|as an ai(?: language model)?,? i (?:do not|don'?t|cannot|can'?t))",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern TITLE = Pattern.compile("<<([^\\n]*?)>>");
    private static final Set<String> PLACEHOLDER_TITLES = Set.of(
            "",
            "untitled",
            "title",
            "no title",
            "your title",
            "title here",
            "insert title",
            "insert title here",
            "xyz",
            "placeholder",
            "story of xyz",
            "name",
            "tbd");
    private static final Pattern KEYWORD_TRAILER = Pattern.compile(
            "^\\W*(?:key ?words?|keywords used|included keywords)\\W*:\\s*(.+)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * The flags of one attempt, sorted.
     *
     * @param answer      the verified text (reasoning removed)
     * @param predecessor the answer this attempt repairs or retries, null for a first attempt
     * @param truncated   the token limit cut the answer
     */
    public List<String> detect(IfevalTask task, String answer, String predecessor, boolean truncated) {
        TreeSet<String> flags = new TreeSet<>();
        if (truncated) {
            flags.add(FlagNames.TRUNCATED);
        }
        Echo echo = echoOf(task, answer);
        String body = echo.rest();
        String bodyWithoutTitles = TITLE.matcher(body).replaceAll(" ").strip();
        boolean refusal = isRefusal(bodyWithoutTitles);
        if (refusal) {
            flags.add(FlagNames.REFUSAL);
        }
        if (echo.echoed() && (refusal || TextCounts.words(bodyWithoutTitles) < ECHO_MIN_ANSWER_WORDS)) {
            flags.add(FlagNames.GAMED_PROMPT_ECHO);
        }
        if (hasInstruction(task, Title.class) && onlyPlaceholderTitles(task, body)) {
            flags.add(FlagNames.GAMED_TITLE_PLACEHOLDER);
        }
        if (hasKeywordTrailer(task, answer)) {
            flags.add(FlagNames.GAMED_KEYWORDS_TRAILER);
        }
        if (predecessor != null && shrunk(task, answer, predecessor)) {
            flags.add(FlagNames.GAMED_SHRUNK);
        }
        return List.copyOf(flags);
    }

    static boolean isRefusal(String text) {
        Matcher matcher = REFUSAL.matcher(text);
        return matcher.find() && matcher.start() < REFUSAL_WINDOW_CHARS && TextCounts.words(text) < REFUSAL_MAX_WORDS;
    }

    private record Echo(boolean echoed, String rest) {}

    /** The answer after a leading copy of the prompt (or of a text it must repeat), if it starts with one. */
    private static Echo echoOf(IfevalTask task, String answer) {
        List<String> candidates = new ArrayList<>();
        candidates.add(task.prompt());
        for (Instruction instruction : task.instructions()) {
            if (instruction instanceof RepeatPrompt r) {
                candidates.add(r.promptToRepeat());
            }
        }
        int longest = -1;
        for (String candidate : candidates) {
            if (candidate.isBlank()) {
                continue;
            }
            Matcher matcher = echoPattern(candidate).matcher(answer);
            if (matcher.lookingAt()) {
                longest = Math.max(longest, matcher.end());
            }
        }
        return longest < 0 ? new Echo(false, answer) : new Echo(true, answer.substring(longest));
    }

    /** Compiled echo patterns by candidate text: the same few prompts are checked for every attempt. */
    private static final Map<String, Pattern> ECHO_PATTERNS = new ConcurrentHashMap<>();
    /** Beyond this many distinct candidates the cache starts over, so it stays small on huge datasets. */
    static final int ECHO_PATTERN_CACHE_SIZE = 4096;

    /** The candidate's words, quoted, separated by any whitespace, after optional leading whitespace. */
    private static Pattern echoPattern(String candidate) {
        Pattern cached = ECHO_PATTERNS.get(candidate);
        if (cached != null) {
            return cached;
        }
        String[] words = candidate.strip().split("\\s+");
        StringBuilder regex = new StringBuilder("\\s*");
        for (int i = 0; i < words.length; i++) {
            regex.append(i == 0 ? "" : "\\s+").append(Pattern.quote(words[i]));
        }
        Pattern pattern = Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        if (ECHO_PATTERNS.size() >= ECHO_PATTERN_CACHE_SIZE) {
            ECHO_PATTERNS.clear();
        }
        ECHO_PATTERNS.put(candidate, pattern);
        return pattern;
    }

    /** The answer has titles and every one is a placeholder or the example title the prompt itself shows. */
    private static boolean onlyPlaceholderTitles(IfevalTask task, String body) {
        Set<String> examples = new TreeSet<>();
        Matcher inPrompt = TITLE.matcher(task.prompt());
        while (inPrompt.find()) {
            examples.add(titleKey(inPrompt.group(1)));
        }
        Matcher matcher = TITLE.matcher(body);
        boolean any = false;
        while (matcher.find()) {
            any = true;
            String key = titleKey(matcher.group(1));
            if (!PLACEHOLDER_TITLES.contains(key) && !examples.contains(key)) {
                return false;
            }
        }
        return any;
    }

    private static String titleKey(String inner) {
        return inner.replaceAll("[<>\\p{Punct}]", " ")
                .strip()
                .replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT);
    }

    /** The last non-blank line lists required keywords as "Keywords: a, b". */
    private static boolean hasKeywordTrailer(IfevalTask task, String answer) {
        Set<String> required = new TreeSet<>();
        for (Instruction instruction : task.instructions()) {
            if (instruction instanceof KeywordsExistence k) {
                k.keywords().forEach(w -> required.add(w.strip().toLowerCase(Locale.ROOT)));
            }
            if (instruction instanceof KeywordsFrequency k) {
                required.add(k.keyword().strip().toLowerCase(Locale.ROOT));
            }
        }
        if (required.isEmpty()) {
            return false;
        }
        String[] lines = answer.strip().split("\n");
        Matcher matcher = KEYWORD_TRAILER.matcher(lines[lines.length - 1].strip());
        if (!matcher.matches()) {
            return false;
        }
        for (String item : matcher.group(1).split("[,;]")) {
            String word = item.replaceAll("[\"'*.`]", "").strip().toLowerCase(Locale.ROOT);
            if (required.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Much shorter than its predecessor, unless the task caps the length below what the predecessor had. */
    private static boolean shrunk(IfevalTask task, String answer, String predecessor) {
        int before = TextCounts.words(predecessor);
        if (before < SHRINK_MIN_PREDECESSOR_WORDS || TextCounts.words(answer) >= before * SHRINK_FRACTION) {
            return false;
        }
        for (Instruction instruction : task.instructions()) {
            if (instruction instanceof NumberWords w && w.relation() == Relation.LESS_THAN && w.numWords() <= before) {
                return false;
            }
            // Sentences are not counted here; any sentence cap may justify a shorter answer.
            if (instruction instanceof NumberSentences s && s.relation() == Relation.LESS_THAN) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasInstruction(IfevalTask task, Class<? extends Instruction> type) {
        return task.instructions().stream().anyMatch(type::isInstance);
    }
}
