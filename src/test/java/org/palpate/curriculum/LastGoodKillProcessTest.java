package org.palpate.curriculum;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.palpate.support.PalpateProcess;
import org.palpate.support.PalpateProcess.Result;
import org.palpate.support.PalpateProcess.Running;
import org.palpate.support.TestFiles;

/**
 * A real Palpate process renewing the last-good copy of a large curriculum is killed (SIGKILL) the moment it starts
 * removing files from PALPATE_HOME, when the old copy gives way to the new one: the next process, on a curriculum
 * an edit has broken, still finds a whole last-good copy and uses it.
 */
class LastGoodKillProcessTest {

    static final String PASSWORD = "s3cret-pass\n";

    @Test
    void aProcessKilledWhileReplacingTheCopyLeavesAWholeOne(@TempDir Path home) throws Exception {
        Path curriculum = home.resolve("curriculum");
        TestFiles.copyTree(Path.of("src/test/resources/curricula/shell"), curriculum);
        Path notes = Files.createDirectories(curriculum.resolve("basics/lessons/notes"));
        for (int i = 0; i < 4000; i++) {
            Files.writeString(notes.resolve("note-" + i + ".txt"), "note " + i);
        }
        PalpateProcess palpate = new PalpateProcess(home, curriculum.toString());
        ok(palpate.run(PASSWORD + PASSWORD, "learner", "add", "Kim", "--role", "instructor"));
        ok(palpate.run(PASSWORD, "login", "Kim"));
        ok(palpate.run("", "module", "show", "basics")); // the first last-good copy

        Files.writeString(notes.resolve("note-0.txt"), "an edit that makes a new copy due");
        Running renewing = palpate.start("", "module", "show", "basics");
        long peak = count(home);
        long now = peak;
        while (renewing.process().isAlive() && now >= peak) {
            peak = Math.max(peak, now);
            now = count(home);
        }
        renewing.process().destroyForcibly().waitFor(); // SIGKILL: no shutdown hook, no clean-up
        assertThat(now).as("the process was caught removing a copy, not after it ended").isLessThan(peak);

        Path questions = curriculum.resolve("basics/questions.yaml");
        Files.writeString(questions, Files.readString(questions).replace("topic: strokes", "topic: stroke"));
        Result broken = palpate.run("", "module", "show", "basics");
        assertThat(broken.exit()).as(broken.toString()).isZero();
        assertThat(broken.err()).contains("using the last version that loaded");
        assertThat(broken.out()).contains("basics");
    }

    /** Files and folders of the last-good copies in the home: falls when one is being removed. */
    private static long count(Path home) throws Exception {
        long count = 0;
        try (Stream<Path> top = Files.list(home)) {
            for (Path entry : top.filter(p -> p.getFileName().toString().startsWith("last-good-curriculum")).toList()) {
                try (Stream<Path> all = Files.walk(entry)) {
                    count += all.count();
                } catch (UncheckedIOException | NoSuchFileException e) {
                    // a file vanished mid-walk: the count so far already shows the fall
                }
            }
        }
        return count;
    }

    private static void ok(Result result) {
        assertThat(result.exit()).as(result.toString()).isZero();
    }
}
