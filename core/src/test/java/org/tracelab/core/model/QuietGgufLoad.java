package org.tracelab.core.model;

import java.nio.file.Path;
import java.util.List;

/** A process that loads a GGUF model and generates once, printing nothing itself: its stdout must stay empty. */
final class QuietGgufLoad {

    private QuietGgufLoad() {}

    public static void main(String[] args) throws Exception {
        try (GgufChatModel model = GgufChatModel.load(Path.of(args[0]), new GgufChatModel.Options(512, 1))) {
            model.chat(ChatRequest.of(null, List.of(ChatMessage.user("Say hello.")))
                    .withMaxTokens(4)
                    .withSeed(1L));
        }
        Runtime.getRuntime().halt(0);
    }
}
