package org.palpate.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.palpate.learner.AccountService;
import org.palpate.learner.Learner;
import org.palpate.scheduling.CardState;
import org.palpate.scheduling.Phase;
import org.palpate.scheduling.Rating;
import org.palpate.support.Accounts;
import org.palpate.support.TempHome;
import org.palpate.support.TestBeans;
import org.palpate.support.TestFiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.shell.test.autoconfigure.ShellTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * program.yaml's {@code critical-retention} schedules safety-critical questions at a higher desired retention: the same
 * memory state comes back much sooner on a critical question than on an ordinary one.
 */
@ShellTest
@SpringBootTest(properties = { "spring.shell.interactive.enabled=false", "palpate.curriculum=" + CriticalRetentionTest.DIR })
@Import(TestBeans.class)
@ContextConfiguration(initializers = TempHome.class)
class CriticalRetentionTest {

    static final String DIR = "target/test-curricula/critical-retention";

    @Autowired
    ExamSchedules schedules;
    @Autowired
    AccountService accounts;

    @BeforeAll
    static void aCourseWithCriticalRetention() throws IOException {
        TestFiles.copyTree(Path.of("src/test/resources/curricula/shell"), Path.of(DIR));
        Path program = Path.of(DIR, "program.yaml");
        Files.writeString(program, Files.readString(program) + "critical-retention: 0.97\n");
    }

    @Test
    void aCriticalQuestionIsScheduledAtTheCoursesHigherRetention() {
        Learner learner = Accounts.student(accounts, "cora");
        Instant now = TestBeans.START;
        CardState learned = new CardState(Phase.REVIEW, 0, 30, 5, now, now.minus(Duration.ofDays(30)), 5, 0);
        assertThat(schedules.retention(learner, "s-tf")).isEqualTo(0.97);
        assertThat(schedules.retention(learner, "b-tf")).isEqualTo(0.9);
        Duration critical = schedules.next(learner, learned, now, "s-tf").of(Rating.GOOD).interval();
        Duration ordinary = schedules.next(learner, learned, now, "b-tf").of(Rating.GOOD).interval();
        // I(S, r) = S / factor * (r^(-1/w20) - 1): at 0.97 about a quarter of the interval at 0.90 (fuzz is 5-15%)
        assertThat(critical.toDays()).isLessThan(ordinary.toDays() / 3);
    }
}
