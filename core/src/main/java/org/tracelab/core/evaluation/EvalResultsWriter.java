package org.tracelab.core.evaluation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import org.tracelab.core.io.SiblingTempFiles;
import org.tracelab.core.verify.ResponseVerdict;

/**
 * Writes {@code eval_results_strict.jsonl} and {@code eval_results_loose.jsonl} in the official output
 * shape ({@code prompt}, {@code instruction_id_list}, {@code kwargs}, {@code response},
 * {@code follow_all_instructions}, {@code follow_instruction_list}) plus {@code key} and, when given,
 * {@code id}. A task with soft constraints also gets {@code instruction_levels} ({@code hard}/{@code soft} per
 * instruction), and its {@code follow_all_instructions} asks only the hard ones, as the prompt-level verdict does.
 * Both files are written to temporary names and moved into place only when complete.
 */
public final class EvalResultsWriter {

    public static final String STRICT_FILE = "eval_results_strict.jsonl";
    public static final String LOOSE_FILE = "eval_results_loose.jsonl";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private EvalResultsWriter() {}

    public static void write(Path dir, List<ResponseItem> items, List<ResponseVerdict> verdicts) throws IOException {
        if (items.size() != verdicts.size()) {
            throw new IllegalArgumentException(items.size() + " items but " + verdicts.size() + " verdicts");
        }
        Files.createDirectories(dir);
        SiblingTempFiles.removeStale(dir);
        Path strictTmp =
                writeTemp(dir, items, verdicts, ResponseVerdict::strictList, ResponseVerdict::followsAllStrict);
        Path looseTmp = writeTemp(dir, items, verdicts, ResponseVerdict::looseList, ResponseVerdict::followsAllLoose);
        Files.move(
                strictTmp,
                dir.resolve(STRICT_FILE),
                StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
        Files.move(
                looseTmp, dir.resolve(LOOSE_FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static Path writeTemp(
            Path dir,
            List<ResponseItem> items,
            List<ResponseVerdict> verdicts,
            Function<ResponseVerdict, List<Boolean>> followed,
            Predicate<ResponseVerdict> followsAll)
            throws IOException {
        Path tmp = SiblingTempFiles.create(dir.resolve(".eval_results"));
        try (BufferedWriter out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            for (int i = 0; i < items.size(); i++) {
                ResponseVerdict verdict = verdicts.get(i);
                out.write(MAPPER.writeValueAsString(
                        line(items.get(i), followed.apply(verdict), followsAll.test(verdict))));
                out.write('\n');
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        return tmp;
    }

    private static ObjectNode line(ResponseItem item, List<Boolean> followed, boolean followsAll) {
        ObjectNode node = MAPPER.createObjectNode();
        node.set("key", item.task().key());
        node.put("prompt", item.task().prompt());
        ArrayNode ids = node.putArray("instruction_id_list");
        item.task().instructionIds().forEach(ids::add);
        ArrayNode kwargs = node.putArray("kwargs");
        item.task().kwargs().forEach(kwargs::add);
        node.put("response", item.response());
        node.put("follow_all_instructions", followsAll);
        ArrayNode list = node.putArray("follow_instruction_list");
        followed.forEach(list::add);
        if (item.task().hasSoftConstraints()) {
            ArrayNode levels = node.putArray("instruction_levels");
            item.task().constraints().forEach(c -> levels.add(c.level().wireName()));
        }
        if (item.id() != null) {
            node.set("id", item.id());
        }
        return node;
    }
}
