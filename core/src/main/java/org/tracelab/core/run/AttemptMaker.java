package org.tracelab.core.run;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicBoolean;
import org.tracelab.core.dataset.IfevalTask;
import org.tracelab.core.flags.FlagNames;
import org.tracelab.core.flags.GamingDetector;
import org.tracelab.core.model.ChatMessage;
import org.tracelab.core.model.ChatModel;
import org.tracelab.core.model.ChatRequest;
import org.tracelab.core.model.ChatResult;
import org.tracelab.core.model.ModelException;
import org.tracelab.core.model.ReasoningFilter;
import org.tracelab.core.model.SamplingParams;
import org.tracelab.core.trace.Attempt;
import org.tracelab.core.trace.AttemptError;
import org.tracelab.core.trace.Flags;
import org.tracelab.core.trace.Message;
import org.tracelab.core.trace.Strategy;
import org.tracelab.core.verify.ResponseVerdict;
import org.tracelab.core.verify.Verifier;

/**
 * Makes one attempt: the seeded model call (or rule rewrite), reasoning removal, verification and flags. A call
 * the server failed (a transport fault: down, stalled, reset, 5xx or garbage after the client's retries) unwinds
 * with {@link TransportFault}: it says nothing about the model, so it never becomes an attempt. A call the server
 * rejected for what it asked (a bad request) becomes an attempt with an error and no verdicts; an interrupt or a
 * cancelled job unwinds with {@link JobCancelledException}; an error every call would repeat unwinds with
 * {@link FatalModelException}. An answer longer than {@link CallSettings#maxAnswerChars()} is cut to it before
 * anything else sees it, and flagged.
 */
final class AttemptMaker {

    private final ChatModel model;
    private final Verifier verifier;
    private final ReasoningFilter reasoning;
    private final GamingDetector gaming;
    private final CallSettings calls;
    private final Clock clock;
    private final AtomicBoolean cancelled;

    AttemptMaker(
            ChatModel model,
            Verifier verifier,
            ReasoningFilter reasoning,
            GamingDetector gaming,
            CallSettings calls,
            Clock clock,
            AtomicBoolean cancelled) {
        this.model = Objects.requireNonNull(model, "model");
        this.verifier = Objects.requireNonNull(verifier, "verifier");
        this.reasoning = Objects.requireNonNull(reasoning, "reasoning");
        this.gaming = Objects.requireNonNull(gaming, "gaming");
        this.calls = Objects.requireNonNull(calls, "calls");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.cancelled = cancelled;
    }

    /** The group's first attempt: the task prompt as is. */
    RecordedAttempt first(IfevalTask task, RolloutGroup group, boolean shared) {
        NextStep.ModelCall call = new NextStep.ModelCall(Strategy.DIRECT, -1, List.of(ChatMessage.user(task.prompt())));
        return call(task, group, 0, null, call, null, shared);
    }

    RecordedAttempt next(IfevalTask task, RolloutGroup group, int index, NextStep step, ChainAttempt parent) {
        if (step instanceof NextStep.ModelCall call) {
            return call(task, group, index, parent.index(), call, parent.answer(), false);
        }
        NextStep.RuleRewrite rewrite = (NextStep.RuleRewrite) step;
        checkCancelled();
        ResponseVerdict verdict = verifier.verifyConstraints(task.constraints(), rewrite.text());
        List<String> flags = new ArrayList<>(gaming.detect(task, rewrite.text(), parent.answer(), false));
        rewrite.rules().forEach(rule -> flags.add(FlagNames.RULE_FIX_PREFIX + rule));
        Attempt attempt = new Attempt(
                index,
                parent.index(),
                Strategy.RULE_FIX,
                List.of(),
                rewrite.text(),
                null,
                null,
                null,
                null,
                null,
                clock.instant(),
                verdict.instructions(),
                flags);
        return new RecordedAttempt(attempt, rewrite.text(), null, false);
    }

    /** The sampling of the call at {@code index} in {@code group}, its derived seed included. */
    SamplingParams samplingFor(RolloutGroup group, int index) {
        return request(group, index, List.of(ChatMessage.user("-"))).sampling();
    }

    /** A stored first attempt reused on resume, as the sink is given it again. */
    RecordedAttempt reused(Attempt stored, RolloutGroup group) {
        return new RecordedAttempt(
                stored,
                verifiedTextOf(stored),
                samplingFor(group, 0),
                stored.flags().contains(RecordedAttempt.SHARED_FLAG));
    }

    /** A stored attempt as a mode sees it, for a chain continued on resume. */
    ChainAttempt chainAttemptOf(Attempt stored) {
        return new ChainAttempt(
                stored.index(),
                stored.parentIndex(),
                stored.strategy(),
                verifiedTextOf(stored),
                stored.verdicts(),
                stored.error() != null);
    }

    private String verifiedTextOf(Attempt stored) {
        return stored.error() != null ? "" : reasoning.answerOf(stored.output());
    }

    private RecordedAttempt call(
            IfevalTask task,
            RolloutGroup group,
            int index,
            Integer parentIndex,
            NextStep.ModelCall step,
            String predecessor,
            boolean shared) {
        checkCancelled();
        List<ChatMessage> messages = withSystemPrompt(step.messages());
        ChatRequest request = request(group, index, messages);
        List<Message> sent = messages.stream()
                .map(m -> new Message(m.role().wireName(), m.content()))
                .toList();
        Instant startedAt = clock.instant();
        long started = System.nanoTime();
        List<String> sharedFlag = shared ? List.of(RecordedAttempt.SHARED_FLAG) : List.of();
        ChatResult result;
        try {
            result = model.chat(request);
        } catch (ModelException e) {
            if (e.kind() == ModelException.Kind.CANCELLED
                    || cancelled.get()
                    || Thread.currentThread().isInterrupted()) {
                throw new JobCancelledException();
            }
            if (FatalModelException.FATAL_KINDS.contains(e.kind())) {
                throw new FatalModelException(e);
            }
            long latency = (System.nanoTime() - started) / 1_000_000;
            if (e.kind().transportFault()) {
                throw new TransportFault(e, index, step.strategy(), startedAt, latency);
            }
            AttemptError error = new AttemptError(e.kind().name().toLowerCase(Locale.ROOT), e.getMessage());
            Attempt failed = new Attempt(
                    index,
                    parentIndex,
                    step.strategy(),
                    sent,
                    "",
                    null,
                    null,
                    null,
                    latency,
                    error,
                    startedAt,
                    List.of(),
                    sharedFlag,
                    e.endpoint().orElse(null));
            return new RecordedAttempt(failed, "", request.sampling(), shared);
        }
        checkCancelled();
        String raw = result.content();
        List<String> flags = new ArrayList<>(sharedFlag);
        if (raw.length() > calls.maxAnswerChars()) {
            raw = capped(raw, calls.maxAnswerChars());
            flags.add(Flags.TRUNCATED_ANSWER_CAP);
        }
        if (overflowsContext(result)) {
            flags.add(Flags.INFEASIBLE_CONTEXT);
        }
        String answer = reasoning.answerOf(raw);
        ResponseVerdict verdict = verifier.verifyConstraints(task.constraints(), answer);
        flags.addAll(gaming.detect(task, answer, predecessor, result.truncated()));
        String finishReason = result.rawFinishReason() != null
                ? result.rawFinishReason()
                : result.finishReason().name().toLowerCase(Locale.ROOT);
        Attempt attempt = new Attempt(
                index,
                parentIndex,
                step.strategy(),
                sent,
                raw,
                finishReason,
                result.promptTokens(),
                result.completionTokens(),
                result.latencyMillis(),
                null,
                startedAt,
                verdict.instructions(),
                flags,
                result.endpoint());
        return new RecordedAttempt(attempt, answer, request.sampling(), shared);
    }

    /** The server's context cannot hold this call's prompt plus the run's {@code max_tokens}. */
    private boolean overflowsContext(ChatResult result) {
        OptionalInt context = model.contextTokens();
        return context.isPresent()
                && result.promptTokens() != null
                && (long) result.promptTokens() + calls.maxTokens() > context.getAsInt();
    }

    /** The first {@code max} characters, one fewer when that would split a surrogate pair. */
    private static String capped(String text, int max) {
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end);
    }

    /** The run's system prompt, if any, before the mode's messages: every request of every mode gets it. */
    private List<ChatMessage> withSystemPrompt(List<ChatMessage> messages) {
        if (calls.systemPrompt() == null) {
            return messages;
        }
        List<ChatMessage> all = new ArrayList<>(messages.size() + 1);
        all.add(ChatMessage.system(calls.systemPrompt()));
        all.addAll(messages);
        return all;
    }

    private ChatRequest request(RolloutGroup group, int index, List<ChatMessage> messages) {
        long seed = SeedDeriver.callSeed(group.seed(), group.taskKey(), group.fork(), index);
        return ChatRequest.of(calls.model(), messages)
                .withTemperature(calls.temperature())
                .withTopP(calls.topP())
                .withMaxTokens(calls.maxTokens())
                .withSeed(seed);
    }

    void checkCancelled() {
        if (cancelled.get() || Thread.currentThread().isInterrupted()) {
            throw new JobCancelledException();
        }
    }
}
