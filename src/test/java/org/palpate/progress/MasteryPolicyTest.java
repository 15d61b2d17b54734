package org.palpate.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.palpate.progress.MasteryPolicy.Horizon;
import org.palpate.scheduling.CardState;
import org.palpate.scheduling.FsrsModel;
import org.palpate.scheduling.Phase;

/**
 * The mastery policy on cases worked out by hand with the FSRS-6 forgetting curve R(t, S) = (1 + f t / S)^(-w20),
 * w20 = 0.1542 and f = 0.9^(-1/w20) - 1 = 0.98034649 (default weights).
 */
class MasteryPolicyTest {

    private static final FsrsModel MODEL = FsrsModel.defaults();
    private static final Instant LAST_REVIEW = Instant.parse("2026-03-02T09:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-03-02");

    private static CardState card(Phase phase, double stability, Instant lastReview) {
        return new CardState(phase, 0, stability, 5, lastReview.plusSeconds(86_400), lastReview, 1, 0);
    }

    @Test
    void aCardsRecallOnTheExamDayComesFromItsStability() {
        // t = 12 days (2 Mar to 14 Mar), S = 10: (1 + 0.98034649 * 1.2)^-0.1542 = 2.17641579^-0.1542 = 0.886993
        assertThat(MasteryPolicy.recall(MODEL, card(Phase.REVIEW, 10, LAST_REVIEW), LocalDate.parse("2026-03-14"), ZoneOffset.UTC))
                .isCloseTo(0.886993, within(1e-6));
        // t = S: 0.9 by construction of f
        assertThat(MasteryPolicy.recall(MODEL, card(Phase.REVIEW, 12, LAST_REVIEW), LocalDate.parse("2026-03-14"), ZoneOffset.UTC))
                .isCloseTo(0.9, within(1e-12));
        // a review at 02:00 belongs to the study day before (days start at 04:00): still 12 days
        assertThat(MasteryPolicy.recall(MODEL, card(Phase.REVIEW, 10, Instant.parse("2026-03-03T02:00:00Z")),
                LocalDate.parse("2026-03-14"), ZoneOffset.UTC)).isCloseTo(0.886993, within(1e-6));
        // on the day of the last review itself: t = 0, recall 1
        assertThat(MasteryPolicy.recall(MODEL, card(Phase.REVIEW, 10, LAST_REVIEW), TODAY, ZoneOffset.UTC)).isEqualTo(1.0);
    }

    @Test
    void aFirstGoodAnswerIsFarFromMasteredThirtyDaysLater() {
        // a new card answered good: learning step, S = w2 = 2.3065; 30 days on: 13.75102^-0.1542 = 0.667526
        double learning = MasteryPolicy.recall(MODEL, card(Phase.LEARNING, 2.3065, LAST_REVIEW), TODAY.plusDays(30), ZoneOffset.UTC);
        assertThat(learning).isCloseTo(0.667526, within(1e-6)).isLessThan(0.8);
        // even easy (S = w3 = 8.2956, straight to review) stays under 0.8 after 30 days: 0.791779
        assertThat(MasteryPolicy.recall(MODEL, card(Phase.REVIEW, 8.2956, LAST_REVIEW), TODAY.plusDays(30), ZoneOffset.UTC))
                .isCloseTo(0.791779, within(1e-6));
        assertThat(MasteryPolicy.recall(MODEL, null, TODAY.plusDays(30), ZoneOffset.UTC)).as("never seen").isZero();
        assertThat(MasteryPolicy.recall(MODEL, CardState.newCard(LAST_REVIEW), TODAY.plusDays(30), ZoneOffset.UTC)).isZero();
    }

    @Test
    void theHorizonIsTheExamDateFromTodayOnElseThirtyDays() {
        assertThat(MasteryPolicy.horizon(LocalDate.parse("2026-03-14"), TODAY))
                .isEqualTo(new Horizon(LocalDate.parse("2026-03-14"), true, TODAY));
        assertThat(MasteryPolicy.horizon(LocalDate.parse("2026-03-14"), TODAY).label()).isEqualTo("on 14 Mar");
        assertThat(MasteryPolicy.horizon(LocalDate.parse("2027-01-20"), TODAY).label()).isEqualTo("on 20 Jan 2027");
        assertThat(MasteryPolicy.horizon(TODAY, TODAY).label()).as("the exam is today").isEqualTo("on 2 Mar");
        Horizon past = MasteryPolicy.horizon(LocalDate.parse("2026-03-01"), TODAY);
        assertThat(past).isEqualTo(new Horizon(LocalDate.parse("2026-04-01"), false, TODAY));
        assertThat(past.label()).isEqualTo("in 30 days");
        assertThat(MasteryPolicy.horizon(null, TODAY).daysLeft()).isEqualTo(30);
    }

    @Test
    void readinessWeightsTheModulesByTheBlueprint() {
        Map<String, Double> mastery = new LinkedHashMap<>(Map.of("a", 0.8, "b", 0.4));
        // 0.25 * 0.8 + 0.75 * 0.4 = 0.5
        assertThat(MasteryPolicy.readiness(Map.of("a", 0.25, "b", 0.75), mastery, Map.of("a", 2, "b", 6))).isCloseTo(0.5, within(1e-12));
        // no blueprint: every question weighs the same, (2 * 0.8 + 6 * 0.4) / 8 = 0.5; with 6 and 2: (4.8 + 0.8) / 8 = 0.7
        assertThat(MasteryPolicy.readiness(Map.of(), mastery, Map.of("a", 2, "b", 6))).isCloseTo(0.5, within(1e-12));
        assertThat(MasteryPolicy.readiness(Map.of(), mastery, Map.of("a", 6, "b", 2))).isCloseTo(0.7, within(1e-12));
        // a blueprint module without questions is left out and the others share its weight: (0.5 * 0.8 + 0.25 * 0.4) / 0.75
        mastery.put("c", 0.0);
        assertThat(MasteryPolicy.readiness(Map.of("a", 0.5, "b", 0.25, "c", 0.25), mastery, Map.of("a", 2, "b", 6, "c", 0)))
                .isCloseTo(0.5 / 0.75, within(1e-12));
        assertThat(MasteryPolicy.examShare("a", Map.of("a", 0.5, "b", 0.25, "c", 0.25), Map.of("a", 2, "b", 6, "c", 0)))
                .isCloseTo(0.5 / 0.75, within(1e-12));
    }

    @Test
    void aModuleIsMasteredOnlyWithEveryConditionMet() {
        CardState review = card(Phase.REVIEW, 100, LAST_REVIEW);
        assertThat(MasteryPolicy.mastered(0.95, Arrays.asList(review, review), true)).isTrue();
        assertThat(MasteryPolicy.mastered(0.9, Arrays.asList(review, review), true)).as("0.9 is enough").isTrue();
        assertThat(MasteryPolicy.mastered(0.8999, Arrays.asList(review, review), true)).isFalse();
        assertThat(MasteryPolicy.mastered(0.95, Arrays.asList(review, null), true)).as("a question never seen").isFalse();
        assertThat(MasteryPolicy.mastered(0.95, Arrays.asList(review, card(Phase.LEARNING, 100, LAST_REVIEW)), true))
                .as("still in its learning steps").isFalse();
        assertThat(MasteryPolicy.mastered(0.95, Arrays.asList(review, card(Phase.RELEARNING, 100, LAST_REVIEW)), true))
                .as("relearning after a lapse").isFalse();
        assertThat(MasteryPolicy.mastered(0.95, Arrays.asList(review, review), false)).as("a critical question wrong last time").isFalse();
        assertThat(MasteryPolicy.mastered(1.0, java.util.List.of(), true)).as("no questions").isFalse();
    }
}
