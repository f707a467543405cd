/**
 * Whole reports built from the statistics and the comparisons: {@link org.tracelab.core.report.HtmlReport}, a
 * self-contained static page with the tables and inline SVG charts ({@code report --format html}). No storage, no
 * JavaFX.
 */
package org.tracelab.core.report;
