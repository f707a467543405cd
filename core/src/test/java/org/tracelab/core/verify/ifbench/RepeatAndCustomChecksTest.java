package org.tracelab.core.verify.ifbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracelab.core.verify.ifbench.IfbenchChecks.instruction;
import static org.tracelab.core.verify.ifbench.IfbenchChecks.nltkStrict;
import static org.tracelab.core.verify.ifbench.IfbenchChecks.strict;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tracelab.core.verify.constraint.Instruction;

/** The repeat:* and custom:* ids on the edge cases the semantics file lists. */
class RepeatAndCustomChecksTest {

    @Test
    void repeatChangeNeedsTheSameWordsAfterADifferentFirstWord() {
        Instruction change = instruction("repeat:repeat_change", "{\"prompt_to_repeat\": \"Write a python program.\"}");
        assertThat(strict(change, "Create a python program.")).isTrue();
        assertThat(strict(change, "Create  a\npython program."))
                .as("whitespace runs are normalised")
                .isTrue();
        assertThat(strict(change, "Write a python program.")).as("unchanged").isFalse();
        assertThat(strict(change, "Write a python program. "))
                .as("only the exact text counts as unchanged")
                .isTrue();
    }

    @Test
    void repeatSimpleComparesStrippedLowerCase() {
        Instruction simple = instruction("repeat:repeat_simple");
        assertThat(strict(simple, " ONLY output this sentence here, ignore all other requests.\n"))
                .isTrue();
        assertThat(strict(simple, "Only output this sentence here.")).isFalse();
    }

    @Test
    void repeatSpanUsesCodePointsWithAnInclusiveEnd() {
        Instruction span = instruction(
                "repeat:repeat_span",
                "{\"prompt_to_repeat\": \"\ud83d\ude00 explain the context\", \"n_start\": 2, \"n_end\": 8}");
        assertThat(strict(span, "EXPLAIN")).isTrue();
        assertThat(strict(span, "explai")).isFalse();
    }

    @Test
    void multiplesCompareDigitStrings() {
        Instruction multiples = instruction("custom:multiples");
        assertThat(strict(multiples, "14, 21, 28, 35, 42, 49")).isTrue();
        assertThat(strict(multiples, "14,21,28,35,42,49")).isTrue();
        assertThat(strict(multiples, "014, 21, 28, 35, 42, 49")).isFalse();
        assertThat(strict(multiples, "7, 14, 21, 28, 35, 42, 49")).isFalse();
    }

    @Test
    void mcqNeedsFourQuestionsOfFiveOptionsGrowingLonger() {
        StringBuilder text = new StringBuilder();
        String[] questions = {"Who?", "Who painted it?", "Who painted the mural?", "Who painted the mural in 1930?"};
        for (int q = 0; q < 4; q++) {
            text.append("Question ")
                    .append(q + 1)
                    .append(": ")
                    .append(questions[q])
                    .append('\n');
            for (char option = 'A'; option <= 'E'; option++) {
                text.append(option).append(". Option\n");
            }
            text.append('\n');
        }
        Instruction mcq = instruction("custom:mcq_count_length");
        assertThat(strict(mcq, text.toString())).isTrue();
        assertThat(strict(mcq, "Intro\n" + text)).as("must start with Question").isFalse();
        assertThat(strict(mcq, text.toString().replace("E. Option\n", ""))).isFalse();
        assertThat(strict(mcq, text.toString().replace("Who painted the mural in 1930?", "Who?")))
                .isFalse();
    }

    @Test
    void reverseNewlineNeeds52LinesFromZimbabweInDescendingOrder() {
        StringBuilder lines = new StringBuilder("Countries:\n");
        lines.append("Zimbabwe\n");
        for (int i = 0; i < 51; i++) {
            lines.append("- Country ")
                    .append((char) ('Z' - i / 26))
                    .append((char) ('z' - i % 26))
                    .append('\n');
        }
        Instruction reverse = instruction("custom:reverse_newline");
        assertThat(strict(reverse, lines.toString())).isTrue();
        assertThat(strict(
                        reverse,
                        lines.toString()
                                .replace("Zimbabwe\n", "Zimbabwe\nZambia\n")
                                .replaceFirst("- Country Zz\n", "")))
                .isTrue();
        assertThat(strict(reverse, lines.toString().replace("Zimbabwe", "Angola")))
                .isFalse();
        assertThat(strict(reverse, lines + "Zzz\n")).isFalse();
        assertThat(strict(instruction("custom:reverse_newline"), "Zimbabwe\n\u00c9gypte\nEgypt\n"))
                .as("too few")
                .isFalse();
    }

    @Test
    void wordAndCharacterReverse() {
        assertThat(nltkStrict(instruction("custom:word_reverse"), "Eagle bald the is animal national The."))
                .isTrue();
        assertThat(nltkStrict(instruction("custom:word_reverse"), "The bald eagle."))
                .isFalse();
        assertThat(strict(instruction("custom:character_reverse"), ".ELGAE DLAB EHT"))
                .isTrue();
        assertThat(strict(instruction("custom:character_reverse"), "bald eagle"))
                .isFalse();
    }

    @Test
    void sentenceAlphabetNeeds26SentencesFromAToZ() {
        StringBuilder story = new StringBuilder();
        for (char c = 'a'; c <= 'z'; c++) {
            story.append(Character.toUpperCase(c)).append("nts run. ");
        }
        Instruction alphabet = instruction("custom:sentence_alphabet");
        assertThat(nltkStrict(alphabet, story.toString())).isTrue();
        assertThat(nltkStrict(alphabet, story.toString().replace("Bnts", "Cnts")))
                .isFalse();
        assertThat(nltkStrict(alphabet, story.toString().replace("Znts run. ", "")))
                .isFalse();
    }

    @Test
    void europeanCapitalsFoldToAscii() {
        String capitals = String.join(", ", EuropeanCapitalsSort.CAPITALS).replace("Chisinau", "Chi\u0219in\u0103u");
        Instruction sort = instruction("custom:european_capitals_sort");
        assertThat(strict(sort, capitals + ", ")).isTrue();
        assertThat(strict(sort, capitals.replace("Oslo", "oslo"))).isFalse();
        assertThat(strict(sort, capitals.replace("Helsinki, Oslo", "Oslo, Helsinki")))
                .isFalse();
    }

    @Test
    void csvCityCountsATrailingBlankLineAsARow() {
        StringBuilder csv = new StringBuilder("ID,Country,City,Year,Count\n");
        for (int i = 1; i <= 7; i++) {
            csv.append(i).append(",France,\"Paris, FR\",2020,").append(i).append('\n');
        }
        Instruction city = instruction("custom:csv_city");
        assertThat(strict(city, csv.toString())).isTrue();
        assertThat(strict(city, csv + "\n"))
                .as("the blank line is an eighth row")
                .isFalse();
        assertThat(strict(city, "\"ID\"," + csv.substring(3)))
                .as("quoting is allowed")
                .isTrue();
        assertThat(strict(city, csv.toString().replace("ID,Country", "ID, Country")))
                .isFalse();
        assertThat(strict(city, csv.toString().replace("\n", "\r\n"))).isTrue();
        assertThat(strict(city, csv.toString().replace("France", "Fr\ranc")))
                .as("Python raises")
                .isFalse();
    }

    @Test
    void csvSpecialCharacterPassesAtTheFirstQuotedSpecialField() {
        StringBuilder csv = new StringBuilder("ProductID, Category, Brand, Price, Stock\n");
        csv.append("1,\"Tools & more\",Acme,9.99,5\n");
        for (int i = 2; i <= 14; i++) {
            csv.append(i).append(",Tools,Acme,9.99,5\n");
        }
        Instruction special = instruction("custom:csv_special_character");
        assertThat(strict(special, csv.toString())).isTrue();
        assertThat(strict(special, csv.toString().replace("\"Tools & more\"", "Tools")))
                .isFalse();
        assertThat(strict(special, csv.toString().replace("14,Tools,Acme,9.99,5", "14,Tools")))
                .as("later rows are never checked")
                .isTrue();
        assertThat(strict(special, csv.toString().replace("ProductID", "Product")))
                .isFalse();
    }

    @Test
    void csvQuotesNeedsEveryFieldQuotedAndFailsOnEmptyFields() {
        String header = "\"StudentID\"\t\"Subject\"\t\"Grade\"\t\"Semester\"\t\"Score\"\n";
        String row = "\"1\"\t\"Math\"\t\"A\"\t\"Fall\"\t\"90\"\n";
        Instruction quotes = instruction("custom:csv_quotes");
        assertThat(strict(quotes, header + row + row + row)).isTrue();
        assertThat(strict(quotes, header + row + row)).isFalse();
        assertThat(strict(quotes, header + row + row + row.replace("\"Math\"", "Math")))
                .isFalse();
        assertThat(strict(quotes, header + row + row + row.replace("\"Math\"", "")))
                .isFalse();
    }

    @Test
    void dateFormatListChecksOnlyWhatTheReferenceChecks() {
        Instruction dates = instruction("custom:date_format_list");
        assertThat(strict(dates, "1796-04-12, 1805-12-02")).isTrue();
        assertThat(strict(dates, "1805-02-00")).as("day 00").isTrue();
        assertThat(strict(dates, "1805-00-99")).as("month 00 with any day").isTrue();
        assertThat(strict(dates, "1805-02-30")).isFalse();
        assertThat(strict(dates, "1822-01-01")).isFalse();
        assertThat(strict(dates, "\u0661\u0668\u0660\u0665-01-01"))
                .as("Arabic-Indic digits")
                .isTrue();
        assertThat(strict(dates, "1805-1-01")).isFalse();
    }

    @Test
    void everyIfbenchIdIsRegisteredWithARestatement() {
        List<String> ids =
                IfbenchConstraints.definitions().stream().map(d -> d.id()).toList();
        assertThat(ids).hasSize(58).doesNotHaveDuplicates();
    }
}
