package org.palpate.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.palpate.curriculum.Presented;
import org.palpate.learner.AccountService;
import org.palpate.learner.Learner;
import org.palpate.support.Accounts;
import org.palpate.support.PalpateTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The answer path at school scale: what a wrong answer reads does not grow with the cohort's history. A school's log
 * holds thousands of reviews of each question (1,000 learners), many of them without a quiz session (sessions of
 * imported or demo reviews); the count of this quiz's wrong answers must read this quiz's rows only. Before
 * review_log_session (V16), H2 read every review of the question: 2,000 rows on the answer benchmark's database.
 */
@PalpateTest
class AnswerPathAtScaleTest {

    private static final Pattern SCAN_COUNT = Pattern.compile("scanCount: (\\d+)");

    @Autowired
    QuizService quiz;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aWrongAnswerCountsThisQuizsRowsNotTheCohortsHistoryOfTheQuestion() {
        Learner learner = Accounts.student(accounts, "hana");
        QuizSession session = quiz.start(learner, QuizMode.PRACTICE, "basics", null, 3);
        Presented shown = quiz.next(learner).orElseThrow().shown();
        String question = shown.question().id();
        quiz.answer(learner, question, shown.question().key().wrongAnswer(shown, i -> 1, new SplittableRandom(1)), null, 1000L);
        long seen = jdbc.sql("SELECT MAX(id) FROM review_log").query(Long.class).single();
        // 500 other questions with 40 reviews each and 3,000 of this one, none in a session, as on a school's database
        copyReview(seen, "'other-' || (X % 500)", 20_000);
        copyReview(seen, "'" + question + "'", 3_000);
        jdbc.sql("ANALYZE").update();

        String plan = jdbc.sql("EXPLAIN ANALYZE " + ReviewLogRepository.WRONG_IN_SESSION).params(session.id(), question)
                .query(String.class).single();
        Matcher scanned = SCAN_COUNT.matcher(plan);
        assertThat(scanned.find()).as(plan).isTrue();
        assertThat(Integer.parseInt(scanned.group(1))).as(plan).isLessThanOrEqualTo(3);
        assertThat(jdbc.sql(ReviewLogRepository.WRONG_IN_SESSION).params(session.id(), question).query(Integer.class).single())
                .isEqualTo(1);
    }

    /** {@code rows} copies of review {@code id} without a session, each for the question {@code questionSql} names. */
    private void copyReview(long id, String questionSql, int rows) {
        String columns = "learner_id, content_hash, reviewed_at, rating, correct, answer, response_ms, elapsed_days, "
                + "phase_before, step_before, stability_before, difficulty_before, due_before, reps_before, lapses_before, "
                + "phase_after, step_after, stability_after, difficulty_after, due_after, reps_after, lapses_after";
        jdbc.sql("INSERT INTO review_log (question_id, " + columns + ") SELECT " + questionSql + ", " + columns
                + " FROM review_log, SYSTEM_RANGE(1, " + rows + ") WHERE id = ?").param(id).update();
    }
}
