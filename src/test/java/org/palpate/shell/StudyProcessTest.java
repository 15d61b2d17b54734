package org.palpate.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.palpate.curriculum.Curriculum;
import org.palpate.curriculum.CurriculumLoader;
import org.palpate.support.Answers;
import org.palpate.support.PalpateProcess;
import org.palpate.support.PalpateProcess.Result;

import tools.jackson.databind.json.JsonMapper;

/**
 * {@code study} as a learner runs it, answers on standard input: an exam resumed in it reveals nothing, a near miss
 * may be retyped once.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StudyProcessTest {

    /** One of these lines is a valid answer to any question of the test course; the others are refused or continue. */
    private static final String ANY_ANSWER = "A\n\ntrue\n\nA,B,C\n\nA,B,C,D\n\n";
    private static final String CURRICULUM = "src/test/resources/curricula/shell";
    @TempDir
    static Path home;

    @Test
    @Order(1)
    void anExamTakenThroughStudyShowsNoVerdictKeyIntervalsOrUndo() throws Exception {
        assertThat(palpate("s3cret-pass\ns3cret-pass\n", "learner", "add", "Kim", "--role", "instructor").exit()).isZero();
        assertThat(palpate("s3cret-pass\n", "login", "Kim").exit()).isZero();
        assertThat(palpate("s3cret-pass\ns3cret-pass\n", "learner", "add", "Lea").exit()).as("the role defaults to student").isZero();
        assertThat(palpate("s3cret-pass\n", "login", "Lea").exit()).isZero();
        assertThat(palpate("", "quiz", "start", "--mode", "exam", "--count", "2").exit()).isZero();
        // every line is an answer or a key; invalid ones are refused and the next line is tried
        Result study = palpate("u\n" + ANY_ANSWER.repeat(2) + "q\n", "study");
        assertThat(study.exit()).as(study.toString()).isZero();
        assertThat(study.out()).as(study.toString()).contains("Exam score:");
        String during = study.out().substring(0, study.out().indexOf("Exam score:"));
        assertThat(during).contains("Resuming your mock exam", "An exam answer cannot be taken back.", "Answer recorded.")
                .doesNotContain("✔", "✘", "Right answer", "Why:", "Next review by rating", "take back,", "Enter = ");
    }

    @Test
    @Order(2)
    void aShortAnswerOneLetterOffIsRetypedOnce() throws Exception {
        assertThat(palpate("", "quiz", "start", "--module", "basics", "--topic", "strokes", "--count", "4").exit()).isZero();
        Curriculum curriculum = new CurriculumLoader().load(Path.of(CURRICULUM)).curriculum();
        Map<String, Object> shown = next();
        while (!shown.get("id").equals("b-short")) {
            palpate("", "quiz", "answer", Answers.right(curriculum.question((String) shown.get("id")).orElseThrow(), shown));
            shown = next();
        }
        Result study = palpate("petrisage\npetrissage\n\nq\n", "study");
        assertThat(study.err()).as("the prompts").contains("Your answer: Close: check the spelling. Your answer: ");
        assertThat(study.out()).as(study.toString()).contains("b-short", "✔ Right.");
    }

    @Test
    @Order(3)
    void clozeAndNumericalQuestionsAreStudiedLikeTheOthers(@TempDir Path own) throws Exception {
        PalpateProcess typed = new PalpateProcess(own, "src/test/resources/curricula/kinds");
        assertThat(typed.run("s3cret-pass\ns3cret-pass\n", "learner", "add", "Kim").exit()).isZero();
        assertThat(typed.run("s3cret-pass\n", "login", "Kim").exit()).isZero();
        Result start = typed.run("", "quiz", "start", "--module", "typed", "--count", "4");
        assertThat(start.exit()).as(start.toString()).isZero();
        // each line answers one of the four questions (a wrong one comes back, so the cycle meets every question)
        String answers = "effleurage; petrissage\n\ntapotement\n\n60 seconds\n\n15\n\n";
        Result study = typed.run(answers.repeat(4) + "q\n", "study");
        assertThat(study.exit()).as(study.toString()).isZero();
        assertThat(study.out()).as(study.toString()).contains("Gliding strokes are called [1] _____; kneading strokes are called [2] _____.",
                "Type the 2 missing words in order, separated by `;`.", "Type a number in seconds.", "✔ Right.");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> next() throws IOException, InterruptedException {
        return JsonMapper.builder().build().readValue(palpate("", "quiz", "next", "--format", "json").out(), Map.class);
    }

    private static Result palpate(String stdin, String... command) throws IOException, InterruptedException {
        return new PalpateProcess(home, CURRICULUM).run(stdin, command);
    }
}
