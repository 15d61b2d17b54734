package org.palpate.progress;

import java.time.Duration;
import java.time.Instant;

import org.palpate.learner.AccountService;
import org.palpate.learner.Learner;
import org.palpate.learner.Role;
import org.palpate.quiz.RecordedReviews;
import org.palpate.scheduling.Rating;
import org.palpate.support.MutableClock;
import org.palpate.support.TestBeans;

/**
 * The small cohort whose report figures the tests check by hand (test curriculum "shell": q1 = b-single with
 * Effleurage right and Tapotement / Petrissage wrong, q2 = b-multiple, q3 = b-tf (true), q4 = b-short; s-dvt critical).
 *
 * <pre>
 * first attempts, day 0      q1  q2  q3  q4  s-dvt   total
 *   alba                      1   1   1   1            4/4
 *   bruno                     1*  1   0   1            3/4   (* rated easy: straight to the review phase)
 *   carla                     1   0   1   0            2/4
 *   dario                     0   0   1   0            1/4
 *   elena                     0       1                1/2
 *   fabio                                   0          0/1
 * day 5: bruno forgets q1 (a lapse, 20 s), alba gets q1 right again (10 s)
 * every other answer takes 10 s, except alba's first q1: 90 s (counted as 60)
 * wrong answers to q1 pick Tapotement, never Petrissage; "now" is day 8, 09:00 UTC
 * </pre>
 */
final class SmallCohort {

    static final Instant DAY0 = TestBeans.START;
    static final Instant NOW = DAY0.plus(Duration.ofDays(8));
    static final String[] STUDENTS = {"alba", "bruno", "carla", "dario", "elena", "fabio"};
    static final String INSTRUCTOR = "ida";

    private SmallCohort() {
    }

    static void record(AccountService accounts, RecordedReviews reviews, MutableClock clock) {
        // the first account is the instructor, who then adds the students
        accounts.add(INSTRUCTOR, Role.INSTRUCTOR, TestBeans.PASSWORD.toCharArray());
        accounts.login(INSTRUCTOR, TestBeans.PASSWORD.toCharArray());
        Learner[] s = new Learner[STUDENTS.length];
        for (int i = 0; i < STUDENTS.length; i++) {
            s[i] = accounts.add(STUDENTS[i], Role.STUDENT, TestBeans.PASSWORD.toCharArray());
        }
        Learner alba = s[0], bruno = s[1], carla = s[2], dario = s[3], elena = s[4], fabio = s[5];
        int[] minute = {0};
        java.util.function.Supplier<Instant> t = () -> DAY0.plus(Duration.ofMinutes(minute[0]++));
        reviews.right(alba, "b-single", Rating.GOOD, t.get(), 90_000);
        reviews.right(alba, "b-multiple", Rating.GOOD, t.get(), 10_000);
        reviews.right(alba, "b-tf", Rating.GOOD, t.get(), 10_000);
        reviews.right(alba, "b-short", Rating.GOOD, t.get(), 10_000);
        reviews.right(bruno, "b-single", Rating.EASY, t.get(), 10_000);
        reviews.right(bruno, "b-multiple", Rating.GOOD, t.get(), 10_000);
        reviews.wrong(bruno, "b-tf", null, t.get(), 10_000);
        reviews.right(bruno, "b-short", Rating.GOOD, t.get(), 10_000);
        reviews.right(carla, "b-single", Rating.GOOD, t.get(), 10_000);
        reviews.wrong(carla, "b-multiple", null, t.get(), 10_000);
        reviews.right(carla, "b-tf", Rating.GOOD, t.get(), 10_000);
        reviews.wrong(carla, "b-short", null, t.get(), 10_000);
        reviews.wrong(dario, "b-single", "Tapotement", t.get(), 10_000);
        reviews.wrong(dario, "b-multiple", null, t.get(), 10_000);
        reviews.right(dario, "b-tf", Rating.GOOD, t.get(), 10_000);
        reviews.wrong(dario, "b-short", null, t.get(), 10_000);
        reviews.wrong(elena, "b-single", "Tapotement", t.get(), 10_000);
        reviews.right(elena, "b-tf", Rating.GOOD, t.get(), 10_000);
        reviews.wrong(fabio, "s-dvt", null, t.get(), 10_000);
        Instant day5 = DAY0.plus(Duration.ofDays(5));
        reviews.wrong(bruno, "b-single", "Tapotement", day5, 20_000);
        reviews.right(alba, "b-single", Rating.GOOD, day5.plus(Duration.ofMinutes(1)), 10_000);
        clock.advance(Duration.between(clock.instant(), NOW));
    }
}
