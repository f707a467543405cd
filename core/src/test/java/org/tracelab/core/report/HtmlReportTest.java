package org.tracelab.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.tracelab.core.compare.RunComparison;
import org.tracelab.core.compare.SideTask;
import org.tracelab.core.stats.Resampling;
import org.tracelab.core.stats.ResultsTable;
import org.tracelab.core.stats.TableFormat;
import org.tracelab.core.stats.TaskSeedTally;
import org.w3c.dom.Document;

class HtmlReportTest {

    private static ResultsTable table() {
        List<TaskSeedTally> direct = List.of(
                new TaskSeedTally("direct", "1", "42", 1, 1, 1, 2, 2, 2),
                new TaskSeedTally("direct", "2", "42", 1, 0, 0, 2, 1, 1),
                new TaskSeedTally("direct", "3", "42", 1, 0, 1, 2, 1, 2));
        List<TaskSeedTally> pcl = List.of(
                new TaskSeedTally("full_pcl", "1", "42", 1, 1, 1, 2, 2, 2),
                new TaskSeedTally("full_pcl", "2", "42", 1, 1, 1, 2, 2, 2),
                new TaskSeedTally("full_pcl", "3", "42", 1, 0, 1, 2, 1, 2));
        return ResultsTable.builder()
                .mode("direct", direct, Double.NaN, Double.NaN)
                .mode("full_pcl", pcl, Double.NaN, Double.NaN)
                .build();
    }

    @Test
    void isAWellFormedSelfContainedPageWithTheTablesAndSvgCharts() throws Exception {
        SideTask a = new SideTask("1", 1, 1, 0, 0, 1, 0, 0, Set.of(), List.of());
        SideTask b = new SideTask("1", 2, 1, 1, 1, 1, 1, 1, Set.of(), List.of());
        String html = HtmlReport.page(
                "Results <run 1> & friends",
                List.of(new HtmlReport.RunSection("#1 run", "model m · seed 42", table(), true)),
                List.of(new HtmlReport.ComparisonSection(
                        "1 vs 2", "1:direct", "2", RunComparison.of(List.of(a), List.of(b), Resampling.DEFAULT))),
                "written by tracelab report");
        Document page = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        assertThat(page.getElementsByTagName("svg").getLength()).isEqualTo(3); // rates, differences, compare
        assertThat(page.getElementsByTagName("table").getLength()).isEqualTo(3); // modes, comparisons, power
        assertThat(html)
                .contains("<title>Results &lt;run 1&gt; &amp; friends</title>")
                .contains("Illustration")
                .contains("exact McNemar on tasks")
                .contains("fixed 1 · broken 0");
        // Nothing fetched from anywhere: no script, no link, no external image or font.
        assertThat(html)
                .doesNotContain("<script")
                .doesNotContain("<link")
                .doesNotContain("src=")
                .doesNotContain("url(");
        assertThat(html.replace("http://www.w3.org/", "")).doesNotContain("http");
    }

    @Test
    void htmlTablesEscapeCellsAndMarkNumericColumns() {
        String table = TableFormat.HTML.renderModes(table());
        assertThat(table).startsWith("<table>\n<thead><tr><th>mode</th><th class=\"num\">seeds</th>");
        assertThat(table).contains("<td>direct</td><td class=\"num\">1</td><td class=\"num\">3</td>");
        assertThat(TableFormat.escapeHtml("a<b & \"c\" 'd'")).isEqualTo("a&lt;b &amp; &quot;c&quot; &#39;d&#39;");
    }
}
