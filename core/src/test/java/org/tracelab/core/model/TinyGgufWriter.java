package org.tracelab.core.model;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes a tiny llama-architecture GGUF (v3) model with random F32 weights and a byte-fallback vocabulary
 * ({@code <unk>}, {@code <s>}, {@code </s>} and the 256 byte tokens), plus a ChatML chat template. About 0.5 MB;
 * its output is gibberish by design, which is enough to test loading, seeding and token limits.
 */
final class TinyGgufWriter {

    static final int VOCAB = 3 + 256;
    private static final int EMBED = 64;
    private static final int HEADS = 4;
    private static final int KV_HEADS = 4;
    private static final int LAYERS = 2;
    private static final int FEED_FORWARD = 128;
    private static final int CONTEXT = 512;
    private static final int ALIGNMENT = 32;

    static final String CHATML = "{% for message in messages %}{{'<|im_start|>' + message['role'] + '\\n' + "
            + "message['content'] + '<|im_end|>' + '\\n'}}{% endfor %}"
            + "{% if add_generation_prompt %}{{ '<|im_start|>assistant\\n' }}{% endif %}";

    // GGUF metadata value types
    private static final int UINT32 = 4;
    private static final int INT32 = 5;
    private static final int FLOAT32 = 6;
    private static final int STRING = 8;
    private static final int ARRAY = 9;
    // llama.cpp token types
    private static final int TOKEN_UNKNOWN = 2;
    private static final int TOKEN_CONTROL = 3;
    private static final int TOKEN_BYTE = 6;

    private record Tensor(String name, long[] shape, float[] data) {}

    private TinyGgufWriter() {}

    static Path write(Path file, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        List<Tensor> tensors = new ArrayList<>();
        tensors.add(random("token_embd.weight", random, EMBED, VOCAB));
        tensors.add(ones("output_norm.weight", EMBED));
        tensors.add(random("output.weight", random, EMBED, VOCAB));
        int kvWidth = EMBED / HEADS * KV_HEADS;
        for (int block = 0; block < LAYERS; block++) {
            String prefix = "blk." + block + ".";
            tensors.add(ones(prefix + "attn_norm.weight", EMBED));
            tensors.add(random(prefix + "attn_q.weight", random, EMBED, EMBED));
            tensors.add(random(prefix + "attn_k.weight", random, EMBED, kvWidth));
            tensors.add(random(prefix + "attn_v.weight", random, EMBED, kvWidth));
            tensors.add(random(prefix + "attn_output.weight", random, EMBED, EMBED));
            tensors.add(ones(prefix + "ffn_norm.weight", EMBED));
            tensors.add(random(prefix + "ffn_gate.weight", random, EMBED, FEED_FORWARD));
            tensors.add(random(prefix + "ffn_up.weight", random, EMBED, FEED_FORWARD));
            tensors.add(random(prefix + "ffn_down.weight", random, FEED_FORWARD, EMBED));
        }

        LittleEndianOut out = new LittleEndianOut();
        out.raw("GGUF".getBytes(StandardCharsets.US_ASCII));
        out.u32(3);
        out.u64(tensors.size());
        out.u64(20);
        writeMetadata(out);

        long offset = 0;
        for (Tensor tensor : tensors) {
            out.string(tensor.name());
            out.u32(tensor.shape().length);
            for (long dimension : tensor.shape()) {
                out.u64(dimension);
            }
            out.u32(0); // GGML_TYPE_F32
            out.u64(offset);
            offset = align(offset + 4L * tensor.data().length);
        }
        out.padTo(ALIGNMENT);
        for (Tensor tensor : tensors) {
            ByteBuffer buffer = ByteBuffer.allocate(4 * tensor.data().length).order(ByteOrder.LITTLE_ENDIAN);
            buffer.asFloatBuffer().put(tensor.data());
            out.raw(buffer.array());
            out.padTo(ALIGNMENT);
        }
        try (OutputStream file1 = Files.newOutputStream(file)) {
            out.writeTo(file1);
        }
        return file;
    }

    /** Exactly 20 key-value pairs (the header's count). */
    private static void writeMetadata(LittleEndianOut out) {
        out.kvString("general.architecture", "llama");
        out.kvString("general.name", "tracelab-tiny-random");
        out.kvU32("llama.context_length", CONTEXT);
        out.kvU32("llama.embedding_length", EMBED);
        out.kvU32("llama.block_count", LAYERS);
        out.kvU32("llama.feed_forward_length", FEED_FORWARD);
        out.kvU32("llama.attention.head_count", HEADS);
        out.kvU32("llama.attention.head_count_kv", KV_HEADS);
        out.kvU32("llama.rope.dimension_count", EMBED / HEADS);
        out.kvF32("llama.rope.freq_base", 10000f);
        out.kvF32("llama.attention.layer_norm_rms_epsilon", 1e-5f);
        out.kvU32("general.alignment", ALIGNMENT);
        out.kvString("tokenizer.ggml.model", "llama");

        List<String> tokens = new ArrayList<>(List.of("<unk>", "<s>", "</s>"));
        for (int b = 0; b < 256; b++) {
            tokens.add(String.format("<0x%02X>", b));
        }
        out.string("tokenizer.ggml.tokens");
        out.u32(ARRAY);
        out.u32(STRING);
        out.u64(tokens.size());
        tokens.forEach(out::string);

        out.string("tokenizer.ggml.scores");
        out.u32(ARRAY);
        out.u32(FLOAT32);
        out.u64(VOCAB);
        for (int i = 0; i < VOCAB; i++) {
            out.f32(0f);
        }

        out.string("tokenizer.ggml.token_type");
        out.u32(ARRAY);
        out.u32(INT32);
        out.u64(VOCAB);
        out.u32(TOKEN_UNKNOWN);
        out.u32(TOKEN_CONTROL);
        out.u32(TOKEN_CONTROL);
        for (int b = 0; b < 256; b++) {
            out.u32(TOKEN_BYTE);
        }

        out.kvU32("tokenizer.ggml.unknown_token_id", 0);
        out.kvU32("tokenizer.ggml.bos_token_id", 1);
        out.kvU32("tokenizer.ggml.eos_token_id", 2);
        out.kvString("tokenizer.chat_template", CHATML);
    }

    private static Tensor random(String name, SplittableRandom random, int inner, int outer) {
        float[] data = new float[inner * outer];
        for (int i = 0; i < data.length; i++) {
            data[i] = (float) (random.nextDouble() * 0.2 - 0.1);
        }
        return new Tensor(name, new long[] {inner, outer}, data);
    }

    private static Tensor ones(String name, int size) {
        float[] data = new float[size];
        java.util.Arrays.fill(data, 1f);
        return new Tensor(name, new long[] {size}, data);
    }

    private static long align(long offset) {
        return (offset + ALIGNMENT - 1) / ALIGNMENT * ALIGNMENT;
    }

    /** GGUF is little-endian throughout. */
    private static final class LittleEndianOut {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(600_000);
        private final ByteBuffer scratch = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);

        void raw(byte[] data) {
            bytes.write(data, 0, data.length);
        }

        void u32(int value) {
            scratch.clear();
            scratch.putInt(value);
            bytes.write(scratch.array(), 0, 4);
        }

        void u64(long value) {
            scratch.clear();
            scratch.putLong(value);
            bytes.write(scratch.array(), 0, 8);
        }

        void f32(float value) {
            scratch.clear();
            scratch.putFloat(value);
            bytes.write(scratch.array(), 0, 4);
        }

        void string(String value) {
            byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
            u64(utf8.length);
            raw(utf8);
        }

        void kvString(String key, String value) {
            string(key);
            u32(STRING);
            string(value);
        }

        void kvU32(String key, int value) {
            string(key);
            u32(UINT32);
            u32(value);
        }

        void kvF32(String key, float value) {
            string(key);
            u32(FLOAT32);
            f32(value);
        }

        void padTo(int alignment) {
            while (bytes.size() % alignment != 0) {
                bytes.write(0);
            }
        }

        void writeTo(OutputStream target) throws IOException {
            bytes.writeTo(target);
        }
    }
}
