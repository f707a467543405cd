package org.tracelab.core.verify.text.punkt;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Hand-written and randomly assembled texts that exercise Punkt's corner cases. */
final class EdgeCaseTexts {

    private static final List<String> HAND_WRITTEN = List.of(
            "",
            " ",
            "\n\n",
            " \t\u00a0\u2003 ",
            ".",
            "...",
            "!!!",
            "?",
            "a.",
            "A. B. C.",
            "Mr. Smith went to Washington. He arrived at 5 p.m. Then he left.",
            "Dr. Watson met Prof. Moriarty in the U.S. last year. It was cold.",
            "The U.S. Army is big. The U.S. is big.",
            "I was born in 1990. The year after was 1991. 2. Next item.",
            "J. S. Bach wrote music. He died in 1750.",
            "He said \"Stop.\" Then he left. (This is an aside.) Next sentence.",
            "She asked (why?) and left. \"Really?!\" he said. 'Yes.' Okay.",
            "Wait... what? No... I mean yes. . . . Okay.",
            "First line\nsecond line without period\nThird line. Fourth.",
            "Paragraph one.\n\nParagraph two.\n\n\nParagraph three",
            "Items: 1. apples 2. pears 3. plums. Done.",
            "Version 3.8.1 was released. v2. was not.",
            "Very bad acting!!! I promise. Really?? Yes!? ok.",
            "e.g. this one. i.e. that one. etc. and so on. Etc. The end.",
            "End with quote.\" Next.) Another.] Last.}",
            "Dashes.-- New. Here.--there. Odd--case.",
            "Numbers like -3.5. And .5. Then 1,000. Fine.",
            "Trailing spaces.   ",
            "  Leading spaces. Two.",
            "Tabs.\tTab start. CR.\r\nWindows line.",
            "Emoji 😀. Next 😀 sentence! Über. Ärger. école. Émile.",
            "Unicode spaces.\u00a0Next.\u2003Third.\u3000Fourth.\u2028Fifth.",
            "No. 5 is here. St. Louis is there. Jan. 5 was fine.",
            "a.m. is morning. p.m. is evening. I left at 3 p.m. Mary stayed.",
            "(Sent1.) Sent2. [Sent3.] {Sent4.} Sent5.",
            "Quote at end.\"",
            "Closing \")\" alone.\" )",
            "Hi. )",
            "x.) \"y.\" z.",
            "What?!\"\" Nothing.'' Yes.",
            "Mixed: A.B.C. def. G.H. Ijk.",
            "One sentence without end",
            "Ends with ellipsis...",
            "Ends with question?",
            "U.S.A. is a country. U.K. too. The E.U. also.",
            "Smith, J. and Jones, K. wrote it. They agreed.",
            "He scored 3. then 4. Then 5.",
            "Inc. Ltd. Co. Corp. are suffixes. Next.",
            "\"Hello.\"\n\"World.\"",
            "- item one.\n- item two.\n* item three.",
            "1. First\n2. Second\n3. Third",
            "Ref. [1]. See Fig. 2. Also Eq. (3).",
            "A sentence.\u0085Next line.",
            "Text.\u001cInfo sep. More.",
            "ß. ǅ. Ǆ. ǆ title-case starts.",
            "vs. them. Vs. Them.",
            "The end.--The start.",
            "e.g., this. i.e., that.",
            "x. . . y. . . Z.");

    private static final String[] PIECES = {
        "Mr.",
        "Mrs.",
        "Dr.",
        "Prof.",
        "U.S.",
        "p.m.",
        "a.m.",
        "e.g.",
        "i.e.",
        "etc.",
        "vs.",
        "Inc.",
        "No.",
        "Jan.",
        "St.",
        "J.",
        "A.",
        "b.",
        "1.",
        "42.",
        "3.14",
        "1990.",
        "-5.",
        "...",
        "..",
        ". . .",
        "--",
        "!",
        "?",
        "?!",
        "!!!",
        ".",
        ",",
        ";",
        ":",
        "\"",
        "'",
        "(",
        ")",
        "[",
        "]",
        "{",
        "}",
        "\".",
        ".\"",
        ".)",
        ")",
        "''",
        "``",
        "the",
        "The",
        "he",
        "He",
        "it",
        "It",
        "and",
        "And",
        "but",
        "But",
        "in",
        "In",
        "I",
        "i",
        "word",
        "Word",
        "smith",
        "Smith",
        "bach",
        "Bach",
        "however",
        "However",
        "so",
        "So",
        "Über",
        "émile",
        "😀",
        "x-ray.",
        "co-op.",
        "well-known.",
        "#",
        "*",
        "@",
        "&",
        "`",
        "THE",
        "MR.",
        "said.",
        "end.",
        "End.",
        "here",
        "there."
    };

    private static final String[] SEPARATORS = {" ", " ", " ", " ", "", "\n", "\n\n", "  ", "\t", "\u00a0", " \n "};

    /** Characters for character-level fuzzing: end marks, closers, openers, cases, digits, odd spaces. */
    private static final String FUZZ_ALPHABET = ".....???!!!\"\"''))]}([{--,,;:  \n\n\tAaBbIiJjTt1290éÉß\u00a0\u2003";

    private static final String[] FUZZ_EXTRAS = {"😀", "Mr", "U.S", "the", "The", "He", "etc", "p.m", "\r\n"};

    private EdgeCaseTexts() {}

    /**
     * The hand-written cases, then {@code randomCount} seeded random assemblies of tricky pieces, then as many
     * character-level fuzz strings.
     */
    static List<String> all(int randomCount) {
        List<String> texts = new ArrayList<>(HAND_WRITTEN);
        Random random = new Random(20240601L);
        for (int n = 0; n < randomCount; n++) {
            StringBuilder text = new StringBuilder();
            int pieces = 1 + random.nextInt(14);
            for (int p = 0; p < pieces; p++) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
                text.append(SEPARATORS[random.nextInt(SEPARATORS.length)]);
            }
            texts.add(text.toString());
        }
        for (int n = 0; n < randomCount; n++) {
            texts.add(fuzz(random, random.nextInt(40)));
        }
        return texts;
    }

    /** A string of characters that Punkt's regular expressions treat specially. */
    private static String fuzz(Random random, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            if (random.nextInt(8) == 0) {
                text.append(FUZZ_EXTRAS[random.nextInt(FUZZ_EXTRAS.length)]);
            } else {
                text.append(FUZZ_ALPHABET.charAt(random.nextInt(FUZZ_ALPHABET.length())));
            }
        }
        return text.toString();
    }

    static List<String> handWritten() {
        return HAND_WRITTEN;
    }
}
