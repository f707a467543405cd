package org.tracelab.core.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Tokens {@code [from, to)} of a text grouped into lines (a line ends with the whitespace token holding its line
 * break), each line named by an id shared by equal lines of both texts: the units of a line-by-line comparison.
 */
record LineUnits(List<Integer> ids, int[] starts, int end) {

    static LineUnits of(String text, List<Token> tokens, int from, int to, Map<String, Integer> lineIds) {
        List<Integer> ids = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        int start = from;
        for (int i = from; i < to; i++) {
            Token token = tokens.get(i);
            if (i == to - 1 || token.kind() == Token.Kind.SPACE && holdsLineBreak(text, token)) {
                String line = text.substring(tokens.get(start).start(), token.end());
                ids.add(lineIds.computeIfAbsent(line, key -> lineIds.size()));
                starts.add(start);
                start = i + 1;
            }
        }
        return new LineUnits(ids, starts.stream().mapToInt(Integer::intValue).toArray(), to);
    }

    private static boolean holdsLineBreak(String text, Token token) {
        for (int i = token.start(); i < token.end(); i++) {
            if (text.charAt(i) == '\n') {
                return true;
            }
        }
        return false;
    }

    int count() {
        return ids.size();
    }

    /** The token index where line {@code unit} starts; {@code count()} gives the end of the range. */
    int tokenStart(int unit) {
        return unit < starts.length ? starts[unit] : end;
    }
}
