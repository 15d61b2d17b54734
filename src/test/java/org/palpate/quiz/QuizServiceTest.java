package org.palpate.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.palpate.UserException;
import org.palpate.curriculum.CurriculumService;
import org.palpate.learner.AccountService;
import org.palpate.learner.Learner;
import org.palpate.scheduling.Phase;
import org.palpate.scheduling.Rating;
import org.palpate.support.Accounts;
import org.palpate.support.Answers;
import org.palpate.support.MutableClock;
import org.palpate.support.PalpateTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The quiz service on a real H2 database: scheduling over days, and answers racing from two windows. */
@PalpateTest
class QuizServiceTest {

    @Autowired
    QuizService quiz;
    @Autowired
    AccountService accounts;
    @Autowired
    CurriculumService curricula;
    @Autowired
    CardRepository cards;
    @Autowired
    ReviewLogRepository reviews;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcClient jdbc;

    @Test
    void reviewsFallDueAndComeFirstThenNewQuestionsOfTheUnlockedModule() {
        Learner learner = Accounts.student(accounts, "gus");
        quiz.start(learner, QuizMode.DAILY, null, null, null);
        answerAllRight(learner);
        quiz.finish(learner);
        assertThat(cards.findAll(learner.id())).hasSize(6).allSatisfy((id, card) -> assertThat(card.phase()).isEqualTo(Phase.LEARNING));

        clock.advance(Duration.ofDays(1));
        QuizSession next = quiz.start(learner, QuizMode.DAILY, null, null, null);
        // the 6 basics cards are due (learning step passed); safety is unlocked now that every basics question was met
        assertThat(next.queue()).hasSize(8);
        assertThat(next.queue().subList(0, 6)).allMatch(id -> id.startsWith("b-"));
        assertThat(next.queue().subList(6, 8)).containsExactly("s-dvt", "s-tf");
        answerAllRight(learner);
        assertThat(cards.findAll(learner.id()).get("b-single").phase()).isEqualTo(Phase.REVIEW);
        assertThat(reviews.history(learner.id())).hasSize(14)
                .allSatisfy(entry -> assertThat(entry.contentHash()).isEqualTo(curricula.question(entry.questionId()).contentHash()));
    }

    @Test
    void nothingToStudyNowSaysWhenTheNextQuestionComesBack() {
        Learner learner = Accounts.student(accounts, "ivo");
        String tenMinutesOn = java.time.format.DateTimeFormatter.ofPattern("HH:mm")
                .format(clock.instant().plus(Duration.ofMinutes(10)).atZone(clock.getZone()));
        studyAllRight(learner);
        // all eight new questions answered right now (the test clock does not move): each is due after its 10-minute step
        assertThatThrownBy(() -> quiz.start(learner, QuizMode.DAILY, null, null, null)).isInstanceOf(NothingToStudy.class)
                .hasMessage("nothing to study now: 8 come back later today, the next at " + tenMinutesOn + "; come back then, or "
                        + "practise with 'quiz start --module M'");
    }

    @Test
    void newQuestionsMetInPracticeCountTowardsTheDailyLimit() {
        Learner learner = Accounts.student(accounts, "hal");
        jdbc.sql("UPDATE learner SET new_per_day = 5 WHERE id = ?").param(learner.id()).update();
        learner = accounts.all().stream().filter(l -> l.name().equals("hal")).findFirst().orElseThrow();
        quiz.start(learner, QuizMode.PRACTICE, "basics", null, 4);
        answerAllRight(learner);
        quiz.finish(learner);
        // 4 new questions met today in practice; with a limit of 5 a day, the daily quiz brings 1 more
        QuizSession daily = quiz.start(learner, QuizMode.DAILY, null, null, null);
        assertThat(daily.queue()).hasSize(1).allMatch(id -> id.startsWith("b-"));
    }

    /** Eight windows answer the same question at the same moment, six times over: each answer is recorded once. */
    @Test
    void windowsAnsweringAtOnceRecordEachAnswerOnce() throws Exception {
        Learner learner = Accounts.student(accounts, "ivy");
        quiz.start(learner, QuizMode.PRACTICE, "basics", null, 6);
        int windows = 8;
        ExecutorService pool = Executors.newFixedThreadPool(windows);
        try {
            for (int round = 0; round < 6; round++) {
                String questionId = quiz.next(learner).orElseThrow().shown().question().id();
                String right = rightAnswer(learner);
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Boolean>> results = new ArrayList<>();
                for (int i = 0; i < windows; i++) {
                    results.add(pool.submit(() -> {
                        go.await();
                        try {
                            quiz.answer(learner, questionId, right, Rating.GOOD, null);
                            return true;
                        } catch (UserException e) {
                            assertThat(e.getMessage()).contains("was already answered");
                            return false;
                        }
                    }));
                }
                go.countDown();
                int recorded = 0;
                for (Future<Boolean> result : results) {
                    recorded += result.get() ? 1 : 0;
                }
                assertThat(recorded).as("round %d", round).isEqualTo(1);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(reviews.history(learner.id())).hasSize(6)
                .extracting(ReviewEntry::questionId).doesNotHaveDuplicates();
        assertThat(quiz.requireOpen(learner).answered()).isEqualTo(6);
        assertThat(cards.findAll(learner.id()).values()).hasSize(6).allSatisfy(card -> assertThat(card.reps()).isEqualTo(1));
    }

    @Test
    void aVerdictIsNeverGivenForAQuestionAnotherWindowAnswered() {
        Learner learner = Accounts.student(accounts, "kai");
        quiz.start(learner, QuizMode.PRACTICE, "basics", null, 3);
        String shownHere = quiz.next(learner).orElseThrow().shown().question().id();
        quiz.answer(learner, shownHere, rightAnswer(learner), Rating.GOOD, null); // the other window
        assertThatThrownBy(() -> quiz.check(learner, shownHere, "A")).isInstanceOf(UserException.class)
                .hasMessageContaining("question " + shownHere + " was already answered");
    }

    @Test
    void twoWindowsStartingAQuizAtOnceOpenOnlyOne() throws Exception {
        Learner learner = Accounts.student(accounts, "jon");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            results.add(pool.submit(() -> {
                go.await();
                try {
                    quiz.start(learner, QuizMode.PRACTICE, "basics", null, 2);
                    return true;
                } catch (UserException e) {
                    return false;
                }
            }));
        }
        go.countDown();
        int started = 0;
        for (Future<Boolean> result : results) {
            started += result.get() ? 1 : 0;
        }
        pool.shutdown();
        assertThat(started).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM quiz_session WHERE learner_id = ? AND finished_at IS NULL").param(learner.id())
                .query(Integer.class).single()).isEqualTo(1);
    }

    /** Daily quizzes answered right until nothing is left now (a module's questions unlock the next module's). */
    void studyAllRight(Learner learner) {
        for (int round = 0; round < 5; round++) {
            try {
                quiz.start(learner, QuizMode.DAILY, null, null, null);
            } catch (NothingToStudy done) {
                return;
            }
            answerAllRight(learner);
            quiz.finish(learner);
        }
    }

    private void answerAllRight(Learner learner) {
        while (quiz.next(learner).isPresent()) {
            quiz.answer(learner, rightAnswer(learner), Rating.GOOD, 1500L);
        }
    }

    private String rightAnswer(Learner learner) {
        return Answers.right(quiz.next(learner).orElseThrow().shown());
    }
}
