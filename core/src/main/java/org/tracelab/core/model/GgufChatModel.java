package org.tracelab.core.model;

import de.kherud.llama.InferenceParameters;
import de.kherud.llama.LlamaIterator;
import de.kherud.llama.LlamaModel;
import de.kherud.llama.ModelParameters;
import de.kherud.llama.Pair;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tracelab.core.io.FileDigest;

/**
 * A GGUF model run in this process through java-llama.cpp ({@code de.kherud:llama}).
 *
 * <p>A chat request is rendered with the model's own chat template ({@code applyTemplate}) and then completed;
 * the seed is honoured. The native side runs one generation at a time per model, so calls are serialised; an
 * interrupt, while waiting for the model or between generated pieces, cancels the call.
 *
 * <p>The binding reports no token counts and no reason for stopping, only text pieces. What those tell for certain
 * is recorded ({@link StreamedPieces}): a generation that sampled {@code maxTokens} tokens reports them and
 * {@link FinishReason#LENGTH}; one that cannot have reached the limit reports {@link FinishReason#STOP}; anything
 * else is unknown ({@code null} counts, {@link FinishReason#UNKNOWN}). The prompt's count is always unknown: the
 * binding's tokenizer call leaves out the special tokens (BOS) the completion adds.
 *
 * <p>Every new {@link LlamaModel} leaks a thread and native memory, so load a file once per process:
 * {@link #shared(Path, Options)} does that. The native library needs a CPU with AVX2 and {@code libgomp1}; it is
 * extracted once under {@code -Dde.kherud.llama.tmpdir} or the system temp directory ({@link JllamaLibrary}), so
 * that nothing is printed on standard output. After {@link #close()} the JVM may not exit by itself: exit explicitly on shutdown.
 */
public final class GgufChatModel implements ChatModel, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(GgufChatModel.class);
    private static final String NATIVE_DIR_PROPERTY = "de.kherud.llama.tmpdir";
    private static final Map<Key, GgufChatModel> SHARED = new ConcurrentHashMap<>();

    /**
     * @param contextSize context window in tokens (prompt plus completion)
     * @param threads     CPU threads for generation
     */
    public record Options(int contextSize, int threads) {
        public Options {
            if (contextSize < 16 || threads < 1) {
                throw new IllegalArgumentException("contextSize must be >= 16 and threads >= 1");
            }
        }

        /** 4,096 tokens of context (IFEval prompts plus 1,280 generated tokens fit) and one thread per core. */
        public static Options defaults() {
            return new Options(4096, Math.max(1, Runtime.getRuntime().availableProcessors()));
        }
    }

    private record Key(Path file, Options options) {}

    private final LlamaModel model;
    private final ModelSource.GgufFile source;
    private final String modelName;
    private final int contextSize;
    private final ReentrantLock generating = new ReentrantLock(true);
    private volatile boolean closed;

    private GgufChatModel(LlamaModel model, ModelSource.GgufFile source, String modelName, int contextSize) {
        this.model = model;
        this.source = source;
        this.modelName = modelName;
        this.contextSize = contextSize;
    }

    /** Loads {@code file}; prefer {@link #shared(Path, Options)} unless the caller manages the one instance. */
    public static GgufChatModel load(Path file, Options options) throws ModelException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(options, "options");
        if (!Files.isRegularFile(file)) {
            throw new ModelException(ModelException.Kind.MODEL_NOT_FOUND, "no model file at " + file);
        }
        String fileName = file.getFileName().toString();
        String sha256;
        try {
            sha256 = FileDigest.sha256(file);
        } catch (IOException e) {
            throw new ModelException(ModelException.Kind.MODEL_NOT_FOUND, "cannot read " + file + ": " + e, e);
        }
        prepareNativeDirectory();
        long started = System.nanoTime();
        LlamaModel model;
        try {
            JllamaLibrary.prepare();
            // One slot: the whole context serves the one generation at a time that this class runs.
            model = new LlamaModel(new ModelParameters()
                    .setModel(file.toString())
                    .setCtxSize(options.contextSize())
                    .setParallel(1)
                    .setThreads(options.threads())
                    .disableLog());
        } catch (UnsatisfiedLinkError | ExceptionInInitializerError | NoClassDefFoundError e) {
            throw new ModelException(
                    ModelException.Kind.BACKEND_UNAVAILABLE,
                    "the in-process GGUF backend cannot run on this machine (it needs an x86-64 CPU with AVX2 or "
                            + "arm64, and libgomp1): " + e,
                    e);
        } catch (IOException e) {
            throw new ModelException(
                    ModelException.Kind.BACKEND_UNAVAILABLE,
                    "cannot extract the in-process GGUF backend's native library: " + e,
                    e);
        } catch (RuntimeException e) {
            // LlamaException is not public; it is the only runtime exception the constructor throws.
            throw new ModelException(
                    ModelException.Kind.MALFORMED_RESPONSE,
                    "cannot load " + fileName + " as a GGUF model (corrupt or unsupported file?): " + e.getMessage(),
                    e);
        }
        LOG.info(
                "loaded {} (sha256 {}) in {} ms",
                fileName,
                sha256,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        String modelName = fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".gguf")
                ? fileName.substring(0, fileName.length() - 5)
                : fileName;
        return new GgufChatModel(model, new ModelSource.GgufFile(fileName, sha256), modelName, options.contextSize());
    }

    /** The one instance for this file and options in this process, loaded on first use. */
    public static GgufChatModel shared(Path file, Options options) throws ModelException {
        Key key = new Key(file.toAbsolutePath().normalize(), options);
        synchronized (SHARED) {
            GgufChatModel existing = SHARED.get(key);
            if (existing != null && !existing.closed) {
                return existing;
            }
            GgufChatModel loaded = load(file, options);
            SHARED.put(key, loaded);
            return loaded;
        }
    }

    @Override
    public ChatResult chat(ChatRequest request) throws ModelException {
        Objects.requireNonNull(request, "request");
        Conversation conversation = Conversation.of(request.messages());
        try {
            generating.lockInterruptibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ModelException(ModelException.Kind.CANCELLED, "cancelled while waiting for " + modelName);
        }
        try {
            if (closed) {
                throw new ModelException(ModelException.Kind.BAD_REQUEST, modelName + " has been closed");
            }
            if (Thread.currentThread().isInterrupted()) {
                throw new ModelException(ModelException.Kind.CANCELLED, "generation with " + modelName + " cancelled");
            }
            return generate(conversation, request);
        } finally {
            generating.unlock();
        }
    }

    private ChatResult generate(Conversation conversation, ChatRequest request) throws ModelException {
        long started = System.nanoTime();
        try {
            String prompt = model.applyTemplate(new InferenceParameters("")
                    .setMessages(conversation.system(), conversation.turns())
                    .setUseChatTemplate(true));
            StreamedPieces pieces = completeInterruptibly(prompt, request);
            long latencyMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            // The binding tokenises without the special tokens (BOS) the completion adds: a lower bound, not a count.
            int promptTokensAtLeast = model.encode(prompt).length;
            FinishReason reason = pieces.finishReason(request.maxTokens(), promptTokensAtLeast, contextSize);
            return new ChatResult(
                    pieces.text(),
                    reason,
                    reason.name().toLowerCase(java.util.Locale.ROOT),
                    null,
                    pieces.completionTokens(request.maxTokens()),
                    latencyMillis,
                    modelName,
                    address());
        } catch (RuntimeException e) {
            throw new ModelException(
                    ModelException.Kind.SERVER_ERROR, "generation with " + modelName + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * Streams the completion, counting its pieces, so that an interrupt can stop it between tokens (Ctrl-C on a
     * long CPU run). The stream ends with a closing message that is not a piece.
     */
    private StreamedPieces completeInterruptibly(String prompt, ChatRequest request) throws ModelException {
        StringBuilder output = new StringBuilder();
        LlamaIterator stream =
                model.generate(completionParameters(prompt, request)).iterator();
        int pieces = 0;
        boolean lastEmpty = false;
        while (stream.hasNext()) {
            if (Thread.currentThread().isInterrupted()) {
                stream.cancel();
                throw new ModelException(ModelException.Kind.CANCELLED, "generation with " + modelName + " cancelled");
            }
            String text = stream.next().text;
            output.append(text);
            if (stream.hasNext()) {
                pieces++;
                lastEmpty = text.isEmpty();
            }
        }
        return new StreamedPieces(output.toString(), pieces, lastEmpty);
    }

    private static InferenceParameters completionParameters(String prompt, ChatRequest request) {
        // No prompt cache: reusing a cached prefix can change logits slightly and break seed reproducibility.
        InferenceParameters parameters = new InferenceParameters(prompt).setCachePrompt(false);
        if (request.temperature() != null) {
            parameters.setTemperature(request.temperature().floatValue());
        }
        if (request.topP() != null) {
            parameters.setTopP(request.topP().floatValue());
        }
        if (request.maxTokens() != null) {
            parameters.setNPredict(request.maxTokens());
        }
        if (request.seed() != null) {
            // llama.cpp seeds are 32-bit: the low 32 bits are used (0xFFFFFFFF would mean "random" to it).
            parameters.setSeed((int) request.seed().longValue());
        }
        if (!request.stop().isEmpty()) {
            parameters.setStopStrings(request.stop().toArray(String[]::new));
        }
        return parameters;
    }

    @Override
    public ModelCapabilities capabilities() {
        return new ModelCapabilities(true, false, true, false, false);
    }

    @Override
    public ModelSource source() {
        return source;
    }

    @Override
    public java.util.OptionalInt contextTokens() {
        return java.util.OptionalInt.of(contextSize);
    }

    /** What attempts record as the endpoint that served them: {@code gguf:} and the file name. */
    public String address() {
        return "gguf:" + source.fileName();
    }

    /** Frees the native model; waits for a running generation to finish first. */
    @Override
    public void close() {
        generating.lock();
        try {
            if (!closed) {
                closed = true;
                model.close();
                SHARED.values().remove(this);
            }
        } finally {
            generating.unlock();
        }
    }

    @Override
    public String toString() {
        return "GgufChatModel[" + source.fileName() + "]";
    }

    private static void prepareNativeDirectory() throws ModelException {
        String directory = System.getProperty(NATIVE_DIR_PROPERTY);
        if (directory == null || directory.isBlank()) {
            return;
        }
        try {
            Files.createDirectories(Path.of(directory));
        } catch (IOException e) {
            throw new ModelException(
                    ModelException.Kind.BACKEND_UNAVAILABLE,
                    "cannot create the native library directory " + directory + ": " + e,
                    e);
        }
    }

    /** The system prompt and the user/assistant turns, in the shape the binding's template call expects. */
    private record Conversation(String system, List<Pair<String, String>> turns) {
        static Conversation of(List<ChatMessage> messages) throws ModelException {
            String system = null;
            List<Pair<String, String>> turns = new ArrayList<>();
            for (int i = 0; i < messages.size(); i++) {
                ChatMessage message = messages.get(i);
                if (message.role() == ChatMessage.Role.SYSTEM) {
                    if (i != 0) {
                        throw new ModelException(
                                ModelException.Kind.BAD_REQUEST, "a system message may only come first");
                    }
                    system = message.content();
                } else {
                    turns.add(new Pair<>(message.role().wireName(), message.content()));
                }
            }
            if (turns.isEmpty()) {
                throw new ModelException(ModelException.Kind.BAD_REQUEST, "a chat needs at least one user message");
            }
            return new Conversation(system, turns);
        }
    }
}
