package org.palpate.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.palpate.support.PalpateProcess;
import org.palpate.support.PalpateProcess.Result;
import org.palpate.support.TestFiles;

/**
 * Palpate as users and scripts run it: one command per process, answers and passwords on standard input, exit
 * codes 0 / 1 (user error) / 2 (wrong usage), never a stack trace. The steps share one PALPATE_HOME, so they also
 * show that everything persists in the H2 file between processes.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OneShotProcessTest {

    @TempDir
    static Path home;

    @Test
    @Order(1)
    void wrongUsageExitsWithTwoAndOneLine() throws Exception {
        Result unknown = palpate("", "quizz", "start");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err().strip()).isEqualTo("palpate: unknown command 'quizz start'; did you mean 'quiz start'? (type 'help' to list the commands)");
        Result help = palpate("", "--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("Palpate commands", "quiz start");
        Result option = palpate("", "quiz", "start", "--colour", "red");
        assertThat(option.exit()).isEqualTo(2);
        assertThat(option.err()).contains("unknown option --colour for 'quiz start'");
    }

    @Test
    @Order(2)
    void theFirstInstructorAddsAStudentWithSpacesInTheName() throws Exception {
        assertThat(palpate("s3cret-pass\ns3cret-pass\n", "learner", "add", "Kim", "--role", "instructor").exit()).isZero();
        assertThat(palpate("s3cret-pass\n", "login", "Kim").exit()).isZero();
        Result add = palpate("s3cret-pass\ns3cret-pass\n", "learner", "add", "Ana Maria", "--role", "student");
        assertThat(add.exit()).as(add.toString()).isZero();
        assertThat(add.out()).contains("Created student \"Ana Maria\"");
        Result wrong = palpate("wrong-pass\n", "login", "Ana Maria");
        assertThat(wrong.exit()).isEqualTo(1);
        assertThat(wrong.err().strip()).isEqualTo("Error: wrong name or password");
        assertThat(palpate("s3cret-pass\n", "login", "Ana Maria").exit()).isZero();
        Result whoami = palpate("", "whoami");
        assertThat(whoami.out().strip()).isEqualTo("Ana Maria (student)");
        Result refused = palpate("", "learner", "list");
        assertThat(refused.exit()).as("instructor-only commands fail in one-shot mode").isEqualTo(1);
        assertThat(refused.err().strip()).isEqualTo("Error: 'learner list' is not available because it is for instructors only");
    }

    @Test
    @Order(3)
    void aQuizGoesOnAcrossProcesses() throws Exception {
        assertThat(palpate("", "quiz", "start", "--module", "safety", "--count", "2").exit()).isEqualTo(0);
        Result next = palpate("", "quiz", "next", "--format", "json");
        assertThat(next.out()).startsWith("{\"id\":\"s-dvt\",\"type\":\"single\",\"prompt\":\"What do you do?\",\"choices\":[{\"key\":\"A\"");
        Result bad = palpate("", "quiz", "answer", "Z");
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.err().strip()).startsWith("Error: answer with one letter");
        String key = next.out().contains("\"key\":\"A\",\"text\":\"Refer") ? "A" : "B";
        Result answer = palpate("", "quiz", "answer", key);
        assertThat(answer.exit()).isZero();
        assertThat(answer.out()).contains("✔ Right.", "Recorded as good");
        assertThat(palpate("", "progress", "--format", "json").out()).contains("\"reviews\":1");
    }

    @Test
    @Order(4)
    void studyReadsAnswersFromStandardInput() throws Exception {
        Result study = palpate("false\n\n", "study");
        assertThat(study.exit()).as(study.toString()).isZero();
        assertThat(study.out()).contains("Resuming your quiz: 1 answered, 1 to go.", "Deep pressure over a suspected clot is safe.",
                "✔ Right.", "Recorded as good", "Done for now: 2 of 2 right.");
        assertThat(palpate("", "progress", "--format", "json").out()).contains("\"reviews\":2");
    }

    @Test
    @Order(5)
    void validateListsEveryProblemWithItsLocation() throws Exception {
        Path broken = home.resolve("broken");
        TestFiles.copyTree(Path.of("src/test/resources/curricula/shell"), broken);
        Path questions = broken.resolve("basics/questions.yaml");
        Files.writeString(questions, Files.readString(questions).replace("explanation: Petrissage kneads.", "explanaton: Petrissage kneads."));
        assertThat(palpate("s3cret-pass\n", "login", "Kim").exit()).isZero();
        Result validate = palpate("", "curriculum", "validate", broken.toString());
        assertThat(validate.exit()).isEqualTo(1);
        assertThat(validate.out()).containsPattern(broken + "/basics/questions.yaml:\\d+:\\d+: .*explanaton.*explanation");
        assertThat(validate.err()).contains("Error: " + broken + " has ");
        assertThat(validate.out() + validate.err()).doesNotContain("Exception", "\tat ");
    }

    @Test
    @Order(6)
    void theNextCommandSeesAnEditedAnswerKey() throws Exception {
        Path edited = home.resolve("edited");
        TestFiles.copyTree(Path.of("src/test/resources/curricula/shell"), edited);
        PalpateProcess palpate = process(home, edited.toString());
        for (int run = 1; run <= 2; run++) { // through ./palpate the second run reads the curriculum's snapshot
            Result shown = palpate.run("", "question", "show", "b-single");
            assertThat(shown.out()).as(shown.toString()).contains("[x] Effleurage", "[ ] Petrissage");
        }
        assertThat(home.resolve("curriculum-snapshots")).as("snapshots are made only through ./palpate")
                .matches(folder -> Files.isDirectory(folder) == throughTheLauncher());
        // the correct choice moves to another of the same length: the file keeps its size and modification time
        Path questions = edited.resolve("basics/questions.yaml");
        FileTime time = Files.getLastModifiedTime(questions);
        Files.writeString(questions, Files.readString(questions)
                .replace("{ text: Effleurage, correct: true }", "{ text: Petrissage, correct: true }")
                .replace("{ text: Petrissage }", "{ text: Effleurage }"));
        Files.setLastModifiedTime(questions, time);
        Result after = palpate.run("", "question", "show", "b-single");
        assertThat(after.out()).as(after.toString()).contains("[x] Petrissage", "[ ] Effleurage");
    }

    Result palpate(String stdin, String... command) throws IOException, InterruptedException {
        return process(home, "src/test/resources/curricula/shell").run(stdin, command);
    }

    /** How Palpate is started: on the test class path here, through ./palpate in {@link OneShotLauncherProcessTest}. */
    PalpateProcess process(Path home, String curriculum) {
        return new PalpateProcess(home, curriculum);
    }

    boolean throughTheLauncher() {
        return false;
    }
}
