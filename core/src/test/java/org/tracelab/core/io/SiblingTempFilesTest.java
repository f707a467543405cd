package org.tracelab.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiblingTempFilesTest {

    @TempDir
    Path dir;

    @Test
    void aTempFileFollowsTheUmaskLikeAnyNewFile() throws Exception {
        Path plain = Files.createFile(dir.resolve("plain.txt"));
        Path temp = SiblingTempFiles.create(dir.resolve("train.jsonl"));

        assertThat(temp.getParent()).isEqualTo(dir);
        assertThat(temp.getFileName().toString())
                .startsWith(".train.jsonl.tracelab-" + ProcessHandle.current().pid());
        Set<PosixFilePermission> expected = Files.getPosixFilePermissions(plain);
        assertThat(Files.getPosixFilePermissions(temp)).isEqualTo(expected);
    }

    @Test
    void onlyTempFilesOfProcessesThatAreGoneAreRemoved() throws Exception {
        Process finished = new ProcessBuilder("true").start();
        finished.waitFor();
        long gone = finished.pid();
        Path stale = Files.writeString(dir.resolve(".train.jsonl.tracelab-" + gone + "-1a2b.tmp"), "half a file");
        Path mine = SiblingTempFiles.create(dir.resolve("test.jsonl"));
        Path foreign = Files.writeString(dir.resolve(".notes.tmp"), "someone else's");
        Path data = Files.writeString(dir.resolve("train.jsonl"), "{}");

        int removed = SiblingTempFiles.removeStale(dir);

        assertThat(removed).isEqualTo(1);
        assertThat(stale).doesNotExist();
        assertThat(mine).exists();
        assertThat(foreign).exists();
        assertThat(data).exists();
    }
}
