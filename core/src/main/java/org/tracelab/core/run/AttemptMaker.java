package org.tracelab.core.run;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
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
import org.tracelab.core.trace.Message;
import org.tracelab.core.trace.Strategy;
import org.tracelab.core.verify.ResponseVerdict;
import org.tracelab.core.verify.Verifier;

/**
 * Makes one attempt: the seeded model call (or rule rewrite), reasoning removal, verification and flags. A
 * call that fails after the client's retries becomes an attempt with an error and no verdicts; an interrupt or
 * a cancelled job unwinds with {@link JobCancelledException}; an error every call would repeat unwinds with
 * {@link FatalModelException}.
 */
final class AttemptMaker {

    private final ChatModel model;
    private final Verifier verifier;
    private final ReasoningFilter reasoning;
    private final GamingDetector gaming;
    private final CallSettings calls;
    private final Clock clock;
    private final AtomicBoolean cancelled;

    AttemptMaker(ChatModel model, Verifier verifier, ReasoningFilter reasoning, GamingDetector gaming,
            CallSettings calls, Clock clock, AtomicBoolean cancelled) {
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
        Attempt attempt = new Attempt(index, parent.index(), Strategy.RULE_FIX, List.of(), rewrite.text(), null, null,
                null, null, null, clock.instant(), verdict.instructions(), flags);
        return new RecordedAttempt(attempt, rewrite.text(), null, false);
    }

    /** The sampling of the call at {@code index} in {@code group}, its derived seed included. */
    SamplingParams samplingFor(RolloutGroup group, int index) {
        return request(group, index, List.of(ChatMessage.user("-"))).sampling();
    }

    /** A stored first attempt reused on resume, as the sink is given it again. */
    RecordedAttempt reused(Attempt stored, RolloutGroup group) {
        String verified = stored.error() != null ? "" : reasoning.answerOf(stored.output());
        return new RecordedAttempt(stored, verified, samplingFor(group, 0),
                stored.flags().contains(RecordedAttempt.SHARED_FLAG));
    }

    private RecordedAttempt call(IfevalTask task, RolloutGroup group, int index, Integer parentIndex,
            NextStep.ModelCall step, String predecessor, boolean shared) {
        checkCancelled();
        List<ChatMessage> messages = withSystemPrompt(step.messages());
        ChatRequest request = request(group, index, messages);
        List<Message> sent = messages.stream().map(m -> new Message(m.role().wireName(), m.content())).toList();
        Instant startedAt = clock.instant();
        long started = System.nanoTime();
        List<String> sharedFlag = shared ? List.of(RecordedAttempt.SHARED_FLAG) : List.of();
        ChatResult result;
        try {
            result = model.chat(request);
        } catch (ModelException e) {
            if (e.kind() == ModelException.Kind.CANCELLED || cancelled.get() || Thread.currentThread().isInterrupted()) {
                throw new JobCancelledException();
            }
            if (FatalModelException.FATAL_KINDS.contains(e.kind())) {
                throw new FatalModelException(e);
            }
            long latency = (System.nanoTime() - started) / 1_000_000;
            AttemptError error = new AttemptError(e.kind().name().toLowerCase(Locale.ROOT), e.getMessage());
            Attempt failed = new Attempt(index, parentIndex, step.strategy(), sent, "", null, null, null, latency,
                    error, startedAt, List.of(), sharedFlag);
            return new RecordedAttempt(failed, "", request.sampling(), shared);
        }
        checkCancelled();
        String answer = reasoning.answerOf(result.content());
        ResponseVerdict verdict = verifier.verifyConstraints(task.constraints(), answer);
        List<String> flags = new ArrayList<>(gaming.detect(task, answer, predecessor, result.truncated()));
        flags.addAll(sharedFlag);
        String finishReason = result.rawFinishReason() != null ? result.rawFinishReason()
                : result.finishReason().name().toLowerCase(Locale.ROOT);
        Attempt attempt = new Attempt(index, parentIndex, step.strategy(), sent, result.content(), finishReason,
                result.promptTokens(), result.completionTokens(), result.latencyMillis(), null, startedAt,
                verdict.instructions(), flags);
        return new RecordedAttempt(attempt, answer, request.sampling(), shared);
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
        return ChatRequest.of(calls.model(), messages).withTemperature(calls.temperature()).withTopP(calls.topP())
                .withMaxTokens(calls.maxTokens()).withSeed(seed);
    }

    void checkCancelled() {
        if (cancelled.get() || Thread.currentThread().isInterrupted()) {
            throw new JobCancelledException();
        }
    }
}
