package org.tracelab.core.verify.constraint;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.random.RandomGenerator;

/**
 * Draws kwargs for one constraint type when the task composer attaches it to a researcher's prompt. Draws
 * must depend only on the random generator and the base prompt, so a composed set is reproducible.
 */
public interface KwargsSampler {

    /**
     * Kwargs within the documented ranges.
     *
     * @param random     the composer's generator for this task
     * @param basePrompt the researcher's prompt the constraint will be attached to
     */
    ObjectNode sample(RandomGenerator random, String basePrompt);

    /** The ranges drawn from, for people: e.g. "num_words: 50 to 400 in steps of 25; relation: either". */
    String ranges();
}
