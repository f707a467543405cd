package org.tracelab.app.ui;

import java.net.URL;
import java.util.List;
import java.util.Objects;

/**
 * The style classes of {@code ui-resources/…/org/tracelab/ui/base.css} and the stylesheets themselves: one base
 * sheet with layout and components, and one colour sheet per {@link Theme} that only sets colour variables.
 */
public final class Styles {

    public static final String VIEW = "view";
    public static final String VIEW_TOOLBAR = "view-toolbar";
    public static final String SECTION_TITLE = "section-title";
    public static final String MUTED = "muted";

    public static final String NAV_BAR = "nav-bar";
    public static final String NAV_BUTTON = "nav-button";

    public static final String EMPTY_STATE = "empty-state";
    public static final String EMPTY_STATE_TITLE = "empty-state-title";
    public static final String EMPTY_STATE_TEXT = "empty-state-text";
    public static final String EMPTY_STATE_CHOICES = "empty-state-choices";
    public static final String EMPTY_STATE_CHOICE = "empty-state-choice";

    /** Marks runs of hand-written illustrations (not model output) in every view that shows them. */
    public static final String ILLUSTRATION_BADGE = "illustration-badge";

    public static final String RUN_RESULT = "run-result";
    public static final String RUN_RESULT_TITLE = "run-result-title";
    public static final String RESULTS_TABLE = "results-table";
    /** A table column of figures: header and cells right-aligned. */
    public static final String NUMERIC = "numeric";

    public static final String COMPARE_SIDE = "compare-side";
    public static final String CHANGE_FILTER = "change-filter";

    public static final String FORM = "form";
    /** A benchmark's heading row in the composer's checklist of constraint types. */
    public static final String CHECKLIST_GROUP = "checklist-group";
    /** A constraint type's id under its name in that checklist. */
    public static final String CHECKLIST_ID = "checklist-id";
    /** One composed task in the composer's preview, and its title line. */
    public static final String PREVIEW_TASK = "preview-task";

    public static final String PREVIEW_TASK_TITLE = "preview-task-title";
    public static final String VALIDATION_ERRORS = "validation-errors";
    /** A boxed sentence a person should not miss: a run left unfinished, a server failing during a run. */
    public static final String NOTICE = "notice";

    public static final String PROBLEM_LIST = "problem-list";
    public static final String OUTCOME_IMPORTED = "outcome-imported";
    public static final String OUTCOME_REJECTED = "outcome-rejected";

    public static final String STATUS_BAR = "status-bar";
    public static final String JOB_ITEM = "job-item";

    public static final String DIFF_VIEW = "diff-view";
    public static final String DIFF_HEADER = "diff-header";
    public static final String DIFF_TEXT = "diff-text";
    public static final String DIFF_DELETED = "diff-deleted";
    public static final String DIFF_INSERTED = "diff-inserted";
    public static final String VERDICT_FIXED = "verdict-fixed";
    public static final String VERDICT_BROKEN = "verdict-broken";
    public static final String FILTER_PANEL = "filter-panel";
    public static final String FILTER_SUMMARY = "filter-summary";
    public static final String FACET_TITLE = "facet-title";
    /** A benchmark's heading inside a facet (IFEval, IFBench, Custom). */
    public static final String FACET_GROUP = "facet-group";

    public static final String CHAIN_HEADER = "chain-header";
    public static final String ATTEMPT_NODE = "attempt-node";
    public static final String ATTEMPT_NODE_SELECTED = "attempt-node-selected";
    public static final String ATTEMPT_NODE_TITLE = "attempt-node-title";
    public static final String ATTEMPT_EDGE = "attempt-edge";
    public static final String ATTEMPT_EDGE_HEAD = "attempt-edge-head";
    public static final String ATTEMPT_TEXT = "attempt-text";
    public static final String EVIDENCE = "evidence";
    /** A pair's answer in the Pairs view: the word diff's colours, with the evidence of what it breaks on top. */
    public static final String PAIR_TEXT = "pair-text";
    /** A quality flag (gamed, refusal, truncated, infeasible): shown so it stands out. */
    public static final String FLAG_QUALITY = "flag-quality";
    /** A provenance flag (shared first attempt, rule fix, import): shown quietly, it is no defect. */
    public static final String FLAG_PROVENANCE = "flag-provenance";

    public static final String EVIDENCE_POPUP = "evidence-popup";
    public static final String VERDICT_PASS = "verdict-pass";
    public static final String VERDICT_LOOSE = "verdict-loose";
    public static final String VERDICT_FAIL = "verdict-fail";
    public static final String VERDICT_NONE = "verdict-none";
    /** The chain's final (best) attempt in the chain graph, and its badge. */
    public static final String ATTEMPT_NODE_FINAL = "attempt-node-final";

    public static final String FINAL_BADGE = "final-badge";
    /** Text matching the explorer's full-text search, in an attempt's output. */
    public static final String SEARCH_HIT = "search-hit";

    public static final String CHART_LEGEND = "chart-legend-below";
    public static final String LEGEND_ENTRY = "chart-legend-entry";
    public static final String LEGEND_SWATCH = "legend-swatch";
    /** The importing tool's own verdicts beside Tracelab's. */
    public static final String SOURCE_NOTE = "source-note";

    private static final String BASE = "/org/tracelab/ui/base.css";

    private Styles() {}

    /** The scene's stylesheets for {@code theme}: the theme's colour variables, then the base sheet. */
    public static List<String> stylesheets(Theme theme) {
        return List.of(external(theme.colorsResource()), external(BASE));
    }

    private static String external(String resource) {
        URL url = Objects.requireNonNull(Styles.class.getResource(resource), "missing stylesheet " + resource);
        return url.toExternalForm();
    }
}
