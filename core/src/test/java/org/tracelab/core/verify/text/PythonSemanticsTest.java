package org.tracelab.core.verify.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.tracelab.core.testing.ReferencePython;

/**
 * Python's {@code \w}, {@code str.isspace}, {@code isupper} and {@code islower} against CPython itself, for
 * every code point. Python and Java may use different Unicode versions, so code points Java does not
 * assign are left out.
 */
class PythonSemanticsTest {

    private static final String SCRIPT = String.join(
            "\n",
            "import re, sys",
            "w = re.compile(r'\\w')",
            "for cp in range(0x110000):",
            "    c = chr(cp)",
            "    flags = ('w' if w.match(c) else '') + ('s' if c.isspace() else '') \\",
            "        + ('u' if c.isupper() else '') + ('l' if c.islower() else '')",
            "    if flags: sys.stdout.write('%x %s\\n' % (cp, flags))");

    @Test
    void wordCharacterScannerMatchesTheRegexClass() {
        Pattern word = Pattern.compile(PythonRegex.WORD);
        for (int cp = 0; cp < Character.MAX_CODE_POINT; cp++) {
            boolean regex = word.matcher(new String(Character.toChars(cp))).matches();
            assertThat(PythonRegex.isWordChar(cp)).as("U+%04X", cp).isEqualTo(regex);
        }
    }

    @Test
    void characterClassesAgreeWithCPython() throws Exception {
        ReferencePython.require("re", "python3");
        Path out = Files.createTempFile("python-classes", ".txt");
        try {
            Process process = new ProcessBuilder(ReferencePython.EXECUTABLE.toString(), "-c", SCRIPT)
                    .redirectOutput(out.toFile())
                    .redirectErrorStream(false)
                    .start();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).isZero();
            boolean[][] python = read(out);
            Pattern space = Pattern.compile(PythonRegex.SPACE);
            List<String> disagreements = new ArrayList<>();
            for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
                if (Character.getType(cp) == Character.UNASSIGNED || Character.isSurrogate((char) cp) && cp < 0x10000) {
                    continue;
                }
                String s = new String(Character.toChars(cp));
                check(disagreements, cp, "\\w", python[0][cp], PythonRegex.isWordChar(cp));
                check(disagreements, cp, "isspace", python[1][cp], PythonStrings.isSpace(cp));
                check(disagreements, cp, "\\s", python[1][cp], space.matcher(s).matches());
                check(disagreements, cp, "isupper", python[2][cp], PythonStrings.isUpper(s));
                check(disagreements, cp, "islower", python[3][cp], PythonStrings.isLower(s));
            }
            assertThat(disagreements)
                    .as("code points where Java and CPython disagree")
                    .isEmpty();
        } finally {
            Files.deleteIfExists(out);
        }
    }

    private static void check(List<String> out, int cp, String what, boolean python, boolean java) {
        if (python != java && out.size() < 50) {
            out.add(String.format("U+%04X %s: python %s, java %s", cp, what, python, java));
        }
    }

    private static boolean[][] read(Path file) throws IOException {
        boolean[][] flags = new boolean[4][Character.MAX_CODE_POINT + 1];
        for (String line : Files.readAllLines(file, StandardCharsets.US_ASCII)) {
            int space = line.indexOf(' ');
            int cp = Integer.parseInt(line.substring(0, space), 16);
            String f = line.substring(space + 1);
            flags[0][cp] = f.contains("w");
            flags[1][cp] = f.contains("s");
            flags[2][cp] = f.contains("u");
            flags[3][cp] = f.contains("l");
        }
        return flags;
    }
}
