package org.tracelab.core.verify.ifeval;

import org.tracelab.core.verify.constraint.ConstraintRegistry;

/**
 * Pairs of IFEval types the task composer never puts in one task: one answer could rarely or never follow
 * both, whatever their kwargs. Conflicts that depend on the values (a forbidden word inside the text to
 * repeat, "at least 300 words" and "fewer than 200 words") are the feasibility checker's job.
 */
final class IfevalConflicts {

    private IfevalConflicts() {}

    static void declare(ConstraintRegistry.Builder builder) {
        String lower = EnglishLowercase.ID;
        String capital = EnglishCapital.ID;
        String json = JsonFormat.ID;
        String language = ResponseLanguage.ID;
        String repeat = RepeatPrompt.ID;

        builder.conflict(lower, capital, "all lower case and all capitals")
                .conflict(lower, CapitalWordFrequency.ID, "all lower case leaves no words in capitals")
                .conflict(capital, CapitalWordFrequency.ID, "all capitals makes every word a capital word")
                .conflict(lower, ConstrainedResponse.ID, "the fixed answer \"My answer is ...\" has a capital M")
                .conflict(capital, ConstrainedResponse.ID, "the fixed answer \"My answer is ...\" is not in capitals")
                .conflict(lower, MultipleSections.ID, "section markers such as \"Section\" are case-sensitive")
                .conflict(capital, MultipleSections.ID, "section markers such as \"Section\" are case-sensitive")
                .conflict(language, lower, "lower case asks for English")
                .conflict(language, capital, "capitals ask for English")
                .conflict(language, KeywordsExistence.ID, "English keywords in another language")
                .conflict(language, KeywordsFrequency.ID, "an English keyword in another language")
                .conflict(language, ConstrainedResponse.ID, "the fixed answer is English")
                .conflict(language, EndChecker.ID, "the end phrase is English")
                .conflict(language, repeat, "the repeated request is English");

        for (String format : new String[] {
            Title.ID,
            NumberBulletLists.ID,
            MultipleSections.ID,
            NumberParagraphs.ID,
            NthParagraphFirstWord.ID,
            Postscript.ID,
            Quotation.ID,
            TwoResponses.ID,
            repeat,
            EndChecker.ID,
            ConstrainedResponse.ID,
            NumberHighlightedSections.ID,
            NoComma.ID,
            capital
        }) {
            builder.conflict(
                    json,
                    format,
                    "a JSON answer has no room for prose formatting (or needs commas and " + "lower-case literals)");
        }

        builder.conflict(Quotation.ID, repeat, "the answer cannot start with both a quotation mark and the request")
                .conflict(repeat, NthParagraphFirstWord.ID, "the first paragraph starts with the repeated request")
                .conflict(TwoResponses.ID, NumberParagraphs.ID, "the ****** divider contains the *** paragraph divider")
                .conflict(NumberParagraphs.ID, NthParagraphFirstWord.ID, "two different ways of dividing paragraphs")
                .conflict(Postscript.ID, EndChecker.ID, "both decide how the answer ends")
                .conflict(
                        NumberBulletLists.ID,
                        NumberHighlightedSections.ID,
                        "a *highlight* at the start of a line counts as a bullet point");
    }
}
