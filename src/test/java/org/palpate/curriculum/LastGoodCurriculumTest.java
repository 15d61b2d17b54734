package org.palpate.curriculum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.palpate.UserException;
import org.palpate.support.TestFiles;

/** A broken edit does not stop a new process: it keeps using the last curriculum that loaded, and says so. */
class LastGoodCurriculumTest {

    @Test
    void aNewProcessUsesTheLastCurriculumThatLoaded(@TempDir Path home, @TempDir Path dir) throws Exception {
        TestFiles.copyTree(Path.of("src/test/resources/curricula/shell"), dir);
        assertThat(process(dir, home).current().questions()).hasSize(8);

        Path questions = dir.resolve("basics/questions.yaml");
        Files.writeString(questions, Files.readString(questions).replace("topic: strokes", "topic: stroke"));
        CurriculumService next = process(dir, home);
        assertThat(next.current().questions()).as("the last good version").hasSize(8);
        assertThat(next.takeNotices()).singleElement().asString()
                .contains("has 4 error(s)", "using the last version that loaded, until it is fixed");
        assertThat(next.takeNotices()).as("said once").isEmpty();
    }

    @Test
    void eachCurriculumFolderHasItsOwnLastGoodCopy(@TempDir Path home, @TempDir Path one, @TempDir Path other) throws Exception {
        TestFiles.copyTree(Path.of("src/test/resources/curricula/shell"), one);
        TestFiles.copyTree(Path.of("src/test/resources/curricula/shell"), other);
        Files.delete(other.resolve("basics/questions.yaml"));
        Files.writeString(other.resolve("basics/questions.yaml"), "questions: []\n");
        assertThat(process(one, home).current().questions()).hasSize(8);
        int others = process(other, home).current().questions().size();
        assertThat(others).isLessThan(8);

        Path questions = one.resolve("basics/questions.yaml");
        Files.writeString(questions, Files.readString(questions).replace("topic: strokes", "topic: stroke"));
        assertThat(process(one, home).current().questions()).as("this folder's last good version, not the other's")
                .hasSize(8);
        assertThat(process(other, home).current().questions()).hasSize(others);
    }

    @Test
    void withoutAVersionThatLoadedTheErrorIsReported(@TempDir Path home, @TempDir Path dir) throws Exception {
        TestFiles.copyTree(Path.of("src/test/resources/curricula/shell"), dir);
        Path questions = dir.resolve("basics/questions.yaml");
        Files.writeString(questions, Files.readString(questions).replace("topic: strokes", "topic: stroke"));
        assertThatThrownBy(() -> process(dir, home).current()).isInstanceOf(UserException.class)
                .hasMessageContaining("error(s); run 'curriculum validate'");
        assertThatThrownBy(() -> process(home.resolve("nowhere"), home).current()).hasMessageContaining("no curriculum folder");
    }

    /** A fresh service, as a new process would have. */
    private CurriculumService process(Path dir, Path home) {
        return new CurriculumService(new CurriculumLocation(dir.toString(), home), null, home, build());
    }

    /** No build: no curriculum snapshots, as with {@code java -jar}; see {@link LastGoodWithSnapshotsTest}. */
    String build() {
        return "";
    }
}
