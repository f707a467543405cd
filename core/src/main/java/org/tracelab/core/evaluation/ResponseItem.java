package org.tracelab.core.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import org.tracelab.core.dataset.IfevalTask;

/**
 * One line of a responses file, matched to its task.
 *
 * @param line     1-based line number in the responses file
 * @param id       the line's optional {@code id}, as given (null when absent)
 * @param task     the prompt it answers
 * @param response the text to verify
 */
public record ResponseItem(long line, JsonNode id, IfevalTask task, String response) {}
