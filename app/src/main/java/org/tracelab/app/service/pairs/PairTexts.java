package org.tracelab.app.service.pairs;

/** The texts of one pair as export would write them: the task's prompt and both answers without reasoning. */
public record PairTexts(String prompt, String chosen, String rejected) {
}
