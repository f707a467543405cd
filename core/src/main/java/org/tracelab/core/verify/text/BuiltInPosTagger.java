package org.tracelab.core.verify.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The fallback when NLTK's tagger model is absent: a hand-written approximation that knows common English
 * verbs in their base form (the way instructions and answers often begin), past and gerund endings, and
 * little else. Good enough to say roughly whether a text starts with a verb; not NLTK's tagger. Immutable.
 */
public final class BuiltInPosTagger implements PosTagger {

    /** Base-form verbs that commonly open an answer or an instruction. */
    private static final Set<String> BASE_VERBS = Set.of(
            ("accept add adjust allow analyse analyze answer apply arrange ask assess assume avoid be begin believe "
                            + "bring build buy calculate call check choose clarify clean close collect combine compare compile "
                            + "complete consider construct contact continue convert count cover create cut decide define delete "
                            + "describe design determine develop discover discuss divide do draft draw drink eat edit eliminate "
                            + "embrace enjoy ensure enter estimate evaluate examine expand explain explore express fill find finish "
                            + "fix focus follow forget form gather generate get give go grab group help identify imagine implement "
                            + "improve include increase install introduce invest join keep know launch learn leave let list listen "
                            + "look maintain make manage measure meet mix move name note notice offer open organize outline paint "
                            + "pay pick place plan play practice prepare present press prevent print protect prove provide pull put "
                            + "read recall recognize record reduce reflect remember remove repeat replace report research respond "
                            + "rest restart return review rewrite run save say schedule see select sell send serve set share show "
                            + "sign simplify sit sketch solve sort speak spend start stay step stir stop study submit summarize "
                            + "support take talk teach tell test think try turn type understand update use verify visit wait walk "
                            + "want wash watch wear welcome work write")
                    .split(" "));

    @Override
    public List<String> tag(List<String> tokens, int count) {
        int n = Math.min(count, tokens.size());
        List<String> tags = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            tags.add(guess(tokens.get(i)));
        }
        return tags;
    }

    private static String guess(String token) {
        String lower = PythonStrings.lower(token);
        if (BASE_VERBS.contains(lower)) {
            return "VB";
        }
        if (lower.length() > 4 && lower.endsWith("ing")) {
            return "VBG";
        }
        if (lower.length() > 3 && lower.endsWith("ed")) {
            return "VBD";
        }
        if (!token.isEmpty() && !Character.isLetterOrDigit(token.codePointAt(0))) {
            return token;
        }
        return Character.isUpperCase(token.codePointAt(0)) ? "NNP" : "NN";
    }

    @Override
    public String description() {
        return "built-in approximation (common English verbs; NLTK tagger model not found)";
    }

    @Override
    public boolean exact() {
        return false;
    }
}
