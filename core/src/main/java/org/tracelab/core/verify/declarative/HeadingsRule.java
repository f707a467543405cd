package org.tracelab.core.verify.declarative;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.tracelab.core.verify.constraint.AnalyzedText;
import org.tracelab.core.verify.constraint.CheckResult;
import org.tracelab.core.verify.constraint.Instruction;
import org.tracelab.core.verify.text.Span;

/**
 * {@code rule:markdown_headings}: the response has Markdown headings with the given texts, in the given order
 * (other headings may come before, between or after). Headings are found by a CommonMark parser, so
 * {@code # Title} and underlined (setext) headings count and a {@code #} line inside a code block does not.
 * Heading texts are compared without surrounding spaces and Markdown emphasis, ignoring letter case unless
 * {@code case_sensitive}; with {@code level}, only headings of that level count.
 */
record HeadingsRule(List<String> headings, OptionalInt level, boolean caseSensitive) implements Instruction {

    static final String ID = "rule:markdown_headings";
    private static final Parser PARSER =
            Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();

    HeadingsRule {
        headings = List.copyOf(headings);
    }

    /** One heading of the response. */
    private record Found(String text, int level, Span span) {}

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CheckResult check(AnalyzedText text) {
        List<Found> found = headingsOf(text.text());
        int next = 0;
        List<Span> outOfOrder = new ArrayList<>();
        for (Found heading : found) {
            if (level.isPresent() && heading.level() != level.getAsInt()) {
                continue;
            }
            if (next < headings.size() && same(heading.text(), headings.get(next))) {
                next++;
            } else if (headings.stream().anyMatch(required -> same(heading.text(), required))) {
                outOfOrder.add(heading.span());
            }
        }
        if (next == headings.size()) {
            return CheckResult.pass(
                    "all " + CountRange.count(headings.size(), "heading", "headings") + " found in order");
        }
        String missing = headings.get(next);
        String after = next == 0 ? "" : " after \"" + headings.get(next - 1) + "\"";
        return CheckResult.fail(
                outOfOrder,
                "no heading \"" + missing + "\"" + after
                        + (level.isPresent() ? " at level " + level.getAsInt() : "") + "; found "
                        + CountRange.count(found.size(), "heading", "headings"));
    }

    private boolean same(String actual, String required) {
        String a = normalize(actual);
        String b = normalize(required);
        return caseSensitive ? a.equals(b) : a.toLowerCase(Locale.ROOT).equals(b.toLowerCase(Locale.ROOT));
    }

    private static String normalize(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }

    private static List<Found> headingsOf(String markdown) {
        Node document = PARSER.parse(markdown);
        List<Found> found = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                StringBuilder text = new StringBuilder();
                appendText(heading, text);
                found.add(new Found(text.toString(), heading.getLevel(), spanOf(heading)));
            }
        });
        return found;
    }

    private static void appendText(Node node, StringBuilder text) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text t) {
                text.append(t.getLiteral());
            } else if (child instanceof Code c) {
                text.append(c.getLiteral());
            } else {
                appendText(child, text);
            }
        }
    }

    private static Span spanOf(Heading heading) {
        List<SourceSpan> spans = heading.getSourceSpans();
        if (spans.isEmpty()) {
            return new Span(0, 0);
        }
        SourceSpan first = spans.get(0);
        SourceSpan last = spans.get(spans.size() - 1);
        return new Span(first.getInputIndex(), last.getInputIndex() + last.getLength());
    }

    @Override
    public String restatement() {
        return "Your response must have the Markdown headings " + Phrases.quoted(headings) + ", in this order"
                + (level.isPresent()
                        ? ", each at level " + level.getAsInt() + " (" + "#".repeat(level.getAsInt()) + ")"
                        : "")
                + ".";
    }
}
