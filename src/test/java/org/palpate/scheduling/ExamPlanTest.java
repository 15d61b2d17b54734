package org.palpate.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** Bringing reviews forward before an exam, on cases worked out by hand and on random cards. */
class ExamPlanTest {

    private static final FsrsModel MODEL = FsrsModel.defaults();
    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final Instant EXAM = Instant.parse("2026-03-30T04:00:00Z"); // 27 whole days and 19 hours away
    private static final ExamPlan PLAN = new ExamPlan(EXAM, 0.9);

    private static CardState reviewed(double stability, int dueInDays) {
        return new CardState(Phase.REVIEW, 0, stability, 5, NOW.plus(Duration.ofDays(dueInDays)), NOW, 3, 0);
    }

    @Test
    void aReviewThatWouldLeaveTheExamDayUnderTargetComesBeforeIt() {
        // S = 25, 27 days to the exam: R = (1 + 0.98034649 * 27 / 25)^-0.1542 = 0.8946 < 0.9; fuzz put it due in 29 days
        CardState moved = PLAN.adjust(reviewed(25, 29), NOW, MODEL, 0.0);
        // days 14 (half of 27, rounded up) to 26: fraction 0 picks the first, 0.999 the last
        assertThat(moved.due()).isEqualTo(NOW.plus(Duration.ofDays(14)));
        assertThat(PLAN.adjust(reviewed(25, 29), NOW, MODEL, 0.999).due()).isEqualTo(NOW.plus(Duration.ofDays(26)));
        assertThat(moved.stability()).isEqualTo(25);
    }

    @Test
    void otherReviewsAreLeftAsScheduled() {
        // S = 30: R(27) = 0.9071, above target: after the exam is fine
        assertThat(PLAN.adjust(reviewed(30, 31), NOW, MODEL, 0.5).due()).isEqualTo(NOW.plus(Duration.ofDays(31)));
        // due before the exam anyway
        assertThat(PLAN.adjust(reviewed(5, 5), NOW, MODEL, 0.5).due()).isEqualTo(NOW.plus(Duration.ofDays(5)));
        // a learning step
        CardState learning = new CardState(Phase.LEARNING, 1, 2.3, 5, NOW.plus(Duration.ofMinutes(10)), NOW, 1, 0);
        assertThat(PLAN.adjust(learning, NOW, MODEL, 0.5)).isSameAs(learning);
        // after the exam day has begun, scheduling is as before
        CardState late = new CardState(Phase.REVIEW, 0, 2, 5, EXAM.plus(Duration.ofDays(3)), EXAM.plusSeconds(60), 3, 0);
        assertThat(PLAN.adjust(late, EXAM.plusSeconds(60), MODEL, 0.5)).isSameAs(late);
    }

    @Test
    void neverSchedulesPastTheExamACardThatWouldFallBelowTargetThereAndSpreadsTheRest() {
        SplittableRandom random = new SplittableRandom(7);
        int[] perDay = new int[40];
        for (int i = 0; i < 20_000; i++) {
            double stability = 0.5 + random.nextDouble() * 80;
            CardState card = reviewed(stability, 1 + random.nextInt(120));
            CardState adjusted = PLAN.adjust(card, NOW, MODEL, random.nextDouble());
            long daysToExam = Duration.between(NOW, EXAM).toDays();
            if (MODEL.retrievability(daysToExam, stability) < 0.9) {
                assertThat(adjusted.due()).as("S = %s due %s", stability, card.due()).isBeforeOrEqualTo(EXAM);
            }
            assertThat(adjusted.due()).as("never later than scheduled").isBeforeOrEqualTo(card.due());
            if (adjusted != card) {
                perDay[(int) Duration.between(NOW, adjusted.due()).toDays()]++;
            }
        }
        // brought-forward reviews spread over days 14..26, none left for the last day before the exam
        int moved = java.util.Arrays.stream(perDay).sum();
        assertThat(moved).isGreaterThan(1000);
        for (int day = 14; day <= 26; day++) {
            assertThat(perDay[day]).as("day " + day).isBetween(moved / 13 / 2, moved / 13 * 2);
        }
        assertThat(perDay[27]).isZero();
    }
}
