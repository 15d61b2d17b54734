package org.palpate.curriculum.gift;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.palpate.support.PalpateProcess;
import org.palpate.support.PalpateProcess.Result;
import org.palpate.support.PalpateProcess.Running;
import org.palpate.support.TestFiles;

/**
 * A real {@code curriculum import-gift} process appends a large bank to a module while the test reads the module's
 * questions.yaml as fast as it can, and kills the process (SIGKILL) the moment the file is no longer the old one:
 * every read, and the file the killed process leaves, is the old questions.yaml or the new one, whole, never a
 * truncated or half-written file.
 */
class GiftImportKillProcessTest {

    static final String PASSWORD = "s3cret-pass\n";

    @TempDir
    static Path home;

    @BeforeAll
    static void anInstructor() throws Exception {
        PalpateProcess palpate = new PalpateProcess(home, "src/test/resources/curricula/shell");
        ok(palpate.run(PASSWORD + PASSWORD, "learner", "add", "Kim", "--role", "instructor"));
        ok(palpate.run(PASSWORD, "login", "Kim"));
    }

    @Test
    void aReaderOrAKillSeesTheOldQuestionsFileOrTheNewOneWhole() throws Exception {
        Path curriculum = home.resolve("curriculum");
        TestFiles.copyTree(Path.of("src/test/resources/curricula/shell"), curriculum);
        PalpateProcess palpate = new PalpateProcess(home, curriculum.toString());
        ok(palpate.run("", "curriculum", "import-gift", bank(home.resolve("first.gift"), "first"), "--module", "bank"));
        Path questions = curriculum.resolve("bank/questions.yaml");
        byte[] old = Files.readAllBytes(questions);

        Running append = palpate.start("", "curriculum", "import-gift", bank(home.resolve("second.gift"), "second"),
                "--module", "bank");
        byte[] seen = old;
        while (Arrays.equals(seen, old) && append.process().isAlive()) {
            seen = read(questions);
        }
        append.process().destroyForcibly().waitFor(); // SIGKILL: no shutdown hook, no clean-up
        byte[] left = Files.readAllBytes(questions);
        String seenText = new String(seen);
        assertThat(seenText.contains("id: first-999") && seenText.contains("id: second-999") && seenText.endsWith("second999\n"))
                .as("the first questions.yaml read that is not the old one (%d bytes; the old one has %d) is the whole new one",
                        seen.length, old.length).isTrue();
        assertThat(Arrays.equals(left, old) || Arrays.equals(left, seen))
                .as("the killed import left the old file or the new one (%d bytes left)", left.length).isTrue();
        try (var leftovers = Files.list(questions.getParent())) {
            assertThat(leftovers.map(Path::getFileName).map(Path::toString)).doesNotContain("questions.yaml.partial");
        }
    }

    /** A bank of 1000 true/false questions with long explanations: a questions.yaml of some megabytes. */
    private static String bank(Path file, String name) throws Exception {
        String filler = "A long general feedback, as banks exported from Moodle often have. ".repeat(40);
        Files.writeString(file, IntStream.range(0, 1000)
                .mapToObj(i -> "::" + name + "-" + i + ":: Statement " + name + " number " + i + " is true. {TRUE####"
                        + filler + name + i + "}\n")
                .collect(Collectors.joining("\n")));
        return file.toString();
    }

    private static byte[] read(Path file) throws Exception {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return new byte[0]; // between a delete and a write: no file at all is not the old one either
        }
    }

    private static void ok(Result result) {
        assertThat(result.exit()).as(result.toString()).isZero();
    }
}
