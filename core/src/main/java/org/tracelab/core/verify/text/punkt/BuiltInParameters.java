package org.tracelab.core.verify.text.punkt;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * A small hand-written English model for Punkt, used when NLTK's trained parameters are not available.
 * Abbreviations are common English ones (titles, months, company suffixes, Latin short forms); the
 * orthographic table says that function words are capitalised only at sentence starts, which is the
 * evidence Punkt needs to decide breaks after abbreviations, initials and numbers.
 */
final class BuiltInParameters {

    /**
     * Abbreviation types as Punkt sees them: lower case, final period removed, inner periods kept.
     *
     * <p>Scholarly and list short forms (e.g., i.e., etc., approx., cf., fig., no.) are deliberately absent:
     * NLTK's English model was trained on news text, does not know them, and so {@code sent_tokenize} breaks
     * after them. This splitter imitates {@code sent_tokenize}, not ideal English segmentation. Day names
     * are absent because several are words (sun, sat, wed).
     */
    private static final Set<String> ABBREVIATIONS = Set.of(
            // titles and ranks
            "mr",
            "mrs",
            "ms",
            "messrs",
            "dr",
            "prof",
            "sr",
            "jr",
            "rev",
            "hon",
            "gen",
            "gov",
            "sen",
            "rep",
            "pres",
            "capt",
            "col",
            "lt",
            "sgt",
            "cpl",
            "maj",
            "adm",
            "cmdr",
            "supt",
            "fr",
            "st",
            // months that are not words
            "jan",
            "feb",
            "apr",
            "jun",
            "jul",
            "aug",
            "sep",
            "sept",
            "oct",
            "nov",
            "dec",
            // organisations and places
            "inc",
            "ltd",
            "co",
            "corp",
            "bros",
            "dept",
            "univ",
            "mt",
            "ft",
            "ave",
            "u.s",
            "u.k",
            "u.n",
            "u.s.a",
            "e.u",
            "d.c",
            "l.a",
            "n.y",
            // comparisons, times and degrees
            "vs",
            "a.m",
            "p.m",
            "ph.d",
            "m.d",
            "b.a",
            "m.a",
            "b.sc",
            "m.sc");

    /** Words that usually open a sentence when capitalised after an abbreviation. */
    private static final Set<String> SENTENCE_STARTERS = Set.of(
            "the",
            "this",
            "these",
            "those",
            "that",
            "it",
            "he",
            "she",
            "they",
            "we",
            "there",
            "but",
            "however",
            "in",
            "if",
            "when",
            "while",
            "although",
            "though",
            "so",
            "thus",
            "yet",
            "many",
            "most",
            "some",
            "both",
            "meanwhile",
            "moreover",
            "instead",
            "indeed",
            "since",
            "after",
            "as",
            "i");

    /** Function words: seen capitalised only at a sentence start, lower case elsewhere. */
    private static final String[] FUNCTION_WORDS =
            ("a an the this that these those it its he him his she her they them their we us our you your my "
                            + "me there here then than and but or nor so yet if when while where which who whom whose what "
                            + "why how because since although though after before as at by for from in into of on onto "
                            + "over under with without about above below between through during until upon within also "
                            + "however moreover furthermore therefore thus hence instead meanwhile indeed still even just "
                            + "only not no all any some many most more each every both either neither one other such "
                            + "is are was were be been being has have had do does did can could will would shall should "
                            + "may might must let lets once now today finally first second third next last overall "
                            + "additionally consequently otherwise similarly nevertheless nonetheless despite according "
                            + "to be well yes ok okay please remember note")
                    .split(" ");

    /** The pronoun I is upper case everywhere. */
    private static final int ALWAYS_UPPER = OrthoContext.BEG_UC | OrthoContext.MID_UC;

    private static final int CAPITALISED_AT_START = OrthoContext.BEG_UC | OrthoContext.MID_LC;

    static final PunktParameters ENGLISH = build();

    private BuiltInParameters() {}

    private static PunktParameters build() {
        Map<String, Integer> ortho = new HashMap<>();
        for (String word : FUNCTION_WORDS) {
            ortho.put(word, CAPITALISED_AT_START);
        }
        ortho.put("i", ALWAYS_UPPER);
        return new PunktParameters(ABBREVIATIONS, Set.of(), SENTENCE_STARTERS, ortho);
    }
}
