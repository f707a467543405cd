package org.tracelab.core.run;

import java.util.List;
import java.util.Objects;
import org.tracelab.core.model.ChatMessage;
import org.tracelab.core.trace.Strategy;

/** What a mode wants done next in a chain: ask the model, or rewrite an earlier answer by a fixed rule. */
public sealed interface NextStep {

    /** The attempt this step reacts to. */
    int parentIndex();

    /** A model call with these messages. */
    record ModelCall(Strategy strategy, int parentIndex, List<ChatMessage> messages) implements NextStep {

        public ModelCall {
            Objects.requireNonNull(strategy, "strategy");
            messages = List.copyOf(messages);
        }
    }

    /**
     * A deterministic rewrite of the parent's answer, recorded with strategy {@code rule_fix}.
     *
     * @param rules what was applied, e.g. {@code drop_commas}; each becomes a {@code rule_fix:NAME} flag
     */
    record RuleRewrite(int parentIndex, String text, List<String> rules) implements NextStep {

        public RuleRewrite {
            Objects.requireNonNull(text, "text");
            rules = List.copyOf(rules);
        }
    }
}
