package org.tracelab.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.tracelab.app.service.compare.ComparedSides;
import org.tracelab.app.service.report.GroupReport;
import org.tracelab.app.service.report.ReportTables;
import org.tracelab.app.service.report.RunReport;
import org.tracelab.core.compare.ComparisonJson;
import org.tracelab.core.compare.ComparisonTables;
import org.tracelab.core.compare.RunComparison;
import org.tracelab.core.report.HtmlReport;
import org.tracelab.core.report.HtmlReport.RunSection;
import org.tracelab.core.report.HtmlReport.Table;
import org.tracelab.core.stats.TableFormat;
import org.tracelab.core.trace.RunInfo;

/**
 * How {@code report} prints the statistics of ADR 0008 in each format: runs with all their tables, a run group as
 * one experiment, a task-by-task comparison; as aligned text, Markdown, JSON (groups and comparisons) or one static
 * HTML page written into {@code --out}.
 */
final class ReportPages {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final PrintWriter out;
    private final ReportCommand.Format format;
    private final Path outDir;
    private final Path storeFile;

    ReportPages(PrintWriter out, ReportCommand.Format format, Path outDir, Path storeFile) {
        this.out = out;
        this.format = format;
        this.outDir = outDir;
        this.storeFile = storeFile;
    }

    /** Every table of each run: statistics, per-instruction rates, repair outcomes, tokens and latency. */
    void runs(List<RunReport> reports) throws IOException {
        List<RunSection> sections = new ArrayList<>();
        for (RunReport report : reports) {
            RunInfo info = report.run().info();
            sections.add(new RunSection(
                    "#" + report.run().id() + " " + info.name(),
                    details(info),
                    report.statistics(),
                    info.isIllustration(),
                    List.of(
                            new Table(
                                    "Strict pass rate by instruction id",
                                    ReportTables.instructions(report.instructions())),
                            new Table("How repairs ended", ReportTables.repairs(report.repairs())),
                            new Table("Tokens and latency per mode", ReportTables.usage(report.usage())))));
        }
        emit(sections, List.of(), "Tracelab results");
    }

    /** Runs as one experiment: JSON, or the statistics tables. */
    void group(GroupReport report) throws IOException {
        if (format == ReportCommand.Format.json) {
            out.println(JSON.writeValueAsString(GroupJson.of(report)));
            return;
        }
        emit(
                List.of(new RunSection(report.title(), report.details(), report.table(), report.illustration())),
                List.of(),
                report.title());
    }

    /** Two sides task by task: the contract JSON, or the summary, per-instruction flips and rows. */
    void comparison(ComparedSides sides, RunComparison comparison) throws IOException {
        if (format == ReportCommand.Format.json) {
            out.println(JSON.writeValueAsString(ComparisonJson.of(
                    sides.a().selection(),
                    sides.a().run(),
                    sides.b().selection(),
                    sides.b().run(),
                    comparison)));
            return;
        }
        String title =
                "Compare A = " + sides.a().label() + " with B = " + sides.b().label();
        if (format == ReportCommand.Format.html) {
            writeHtml(
                    title,
                    List.of(),
                    List.of(new HtmlReport.ComparisonSection(
                            title, sides.a().label(), sides.b().label(), comparison)));
            return;
        }
        TableFormat table = textFormat();
        out.println(heading(title));
        out.println();
        out.println(table.render(ComparisonTables.summary(comparison)));
        out.println(table.render(ComparisonTables.instructions(comparison)));
        out.println(table.render(ComparisonTables.rows(comparison.rows())));
    }

    private void emit(List<RunSection> runs, List<HtmlReport.ComparisonSection> comparisons, String title)
            throws IOException {
        if (format == ReportCommand.Format.html) {
            writeHtml(title, runs, comparisons);
            return;
        }
        TableFormat table = textFormat();
        for (RunSection run : runs) {
            out.println(heading(run.title() + " with task-clustered statistics (ADR 0008)"));
            out.println();
            out.println(run.details() + (run.illustration() ? " · ILLUSTRATION (hand-written, not model output)" : ""));
            out.println();
            out.println(table.render(run.table()));
            for (Table more : run.more()) {
                if (!more.grid().rows().isEmpty()) {
                    out.println(format == ReportCommand.Format.markdown ? "#### " + more.title() : more.title() + ":");
                    out.println();
                    out.println(table.render(more.grid()));
                }
            }
        }
    }

    private void writeHtml(String title, List<RunSection> runs, List<HtmlReport.ComparisonSection> comparisons)
            throws IOException {
        Files.createDirectories(outDir);
        Path page = outDir.resolve("report.html");
        Path partial = outDir.resolve("report.html.partial");
        Files.writeString(
                partial,
                HtmlReport.page(
                        title, runs, comparisons, "Written by tracelab report from " + storeFile.getFileName() + "."),
                StandardCharsets.UTF_8);
        Files.move(partial, page, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        out.println("wrote " + page);
    }

    private TableFormat textFormat() {
        return format == ReportCommand.Format.markdown ? TableFormat.MARKDOWN : TableFormat.TEXT;
    }

    private String heading(String text) {
        return format == ReportCommand.Format.markdown ? "### " + text : text;
    }

    private static String details(RunInfo info) {
        String seeds = info.seeds().isEmpty()
                ? "no seed"
                : info.seeds().size() == 1
                        ? "seed " + info.seeds().get(0)
                        : info.seeds().size() + " seeds";
        return info.model().name() + " · " + seeds + " · verifier " + info.verifierVersion();
    }
}
