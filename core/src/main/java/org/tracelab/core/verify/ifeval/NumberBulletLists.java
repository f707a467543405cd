package org.tracelab.core.verify.ifeval;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.tracelab.core.verify.constraint.AnalyzedText;
import org.tracelab.core.verify.constraint.CheckResult;
import org.tracelab.core.verify.constraint.Instruction;
import org.tracelab.core.verify.text.PythonRegex;
import org.tracelab.core.verify.text.Span;

/**
 * {@code detectable_format:number_bullet_lists}: matches of {@code ^\s*\*[^\*].*$} plus matches of
 * {@code ^\s*-.*$} (multi-line) must equal N. These are regex matches, not a per-line test: {@code \s*}
 * can run across blank lines and {@code [^\*]} can be a newline, so {@code *italic*} lines and
 * {@code ---} count while {@code **bold**} lines and {@code •} do not.
 */
public record NumberBulletLists(int numBullets) implements Instruction {

    public static final String ID = "detectable_format:number_bullet_lists";
    private static final Pattern STAR_BULLET =
            PythonRegex.compile("^" + PythonRegex.SPACE + "*\\*[^*].*$", Pattern.MULTILINE);
    private static final Pattern DASH_BULLET =
            PythonRegex.compile("^" + PythonRegex.SPACE + "*-.*$", Pattern.MULTILINE);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String restatement() {
        return "Your response must contain exactly " + numBullets
                + " bullet points, each on its own line starting with \"* \".";
    }

    @Override
    public CheckResult check(AnalyzedText text) {
        List<Span> bullets = new ArrayList<>(Matches.spans(STAR_BULLET, text.text()));
        bullets.addAll(Matches.spans(DASH_BULLET, text.text()));
        bullets.sort((a, b) -> Integer.compare(a.start(), b.start()));
        int n = bullets.size();
        return CheckResult.of(
                n == numBullets,
                bullets,
                "found " + Matches.plural(n, "bullet point", "bullet points") + "; needs exactly " + numBullets);
    }
}
