package org.tracelab.core.run;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.tracelab.core.model.ChatModel;
import org.tracelab.core.model.ChatRequest;
import org.tracelab.core.model.ChatResult;
import org.tracelab.core.model.FinishReason;
import org.tracelab.core.model.ModelCapabilities;
import org.tracelab.core.model.ModelException;
import org.tracelab.core.model.ModelSource;
import org.tracelab.core.model.ServerKind;

/**
 * A test model answering from a script (a function of the request), deterministic and instant. Records every
 * request and the most calls that were ever in flight at once.
 */
final class ScriptedTestModel implements ChatModel {

    /** What the script answers; throw a {@link ModelException} to fail the call. */
    @FunctionalInterface
    interface Script {
        ChatResult answer(ChatRequest request) throws ModelException;
    }

    private final Script script;
    private final ConcurrentLinkedQueue<ChatRequest> requests = new ConcurrentLinkedQueue<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();

    ScriptedTestModel(Script script) {
        this.script = script;
    }

    static ScriptedTestModel replying(Function<ChatRequest, String> replies) {
        return new ScriptedTestModel(request -> reply(replies.apply(request)));
    }

    static ChatResult reply(String content) {
        return new ChatResult(content, FinishReason.STOP, "stop", 10, content.length() / 4, 5, "test-model");
    }

    static String lastUserMessage(ChatRequest request) {
        return request.messages().get(request.messages().size() - 1).content();
    }

    @Override
    public ChatResult chat(ChatRequest request) throws ModelException {
        requests.add(request);
        maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        try {
            return script.answer(request);
        } finally {
            inFlight.decrementAndGet();
        }
    }

    List<ChatRequest> requests() {
        return List.copyOf(requests);
    }

    int maxInFlight() {
        return maxInFlight.get();
    }

    @Override
    public ModelCapabilities capabilities() {
        return new ModelCapabilities(true, false, true, false, true);
    }

    @Override
    public ModelSource source() {
        return new ModelSource.HttpEndpoint("http://127.0.0.1:1/v1", ServerKind.LLAMA_SERVER);
    }
}
