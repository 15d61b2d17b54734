package org.palpate.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The small value types, and how the scheduler seeds fuzz. */
class SchedulingTypesTest {
    private static final Instant NOW = Instant.parse("2025-01-01T09:00:00Z");

    @Test
    void ratingsMapToGrades() {
        for (Rating rating : Rating.values()) {
            assertThat(Rating.ofGrade(rating.grade())).isSameAs(rating);
        }
        assertThat(Rating.AGAIN.grade()).isEqualTo(1);
        assertThat(Rating.EASY.grade()).isEqualTo(4);
        assertThatThrownBy(() -> Rating.ofGrade(0)).hasMessageContaining("was 0");
    }

    @Test
    void newCardIsDueNowWithoutMemory() {
        CardState card = CardState.newCard(NOW);
        assertThat(card).isEqualTo(new CardState(Phase.NEW, 0, 0, 0, NOW, null, 0, 0));
        assertThatThrownBy(() -> new CardState(Phase.REVIEW, 0, 3, 5, NOW, null, 1, 0))
                .hasMessageContaining("last review");
        assertThatThrownBy(() -> new CardState(Phase.REVIEW, 0, 0, 5, NOW, NOW, 1, 0))
                .hasMessageContaining("positive stability");
    }

    @Test
    void nextStatesListsOutcomesInRatingOrder() {
        NextStates states = new Scheduler(SchedulerSettings.defaults().withFuzz(false), null)
                .next(CardState.newCard(NOW), NOW, 1);
        assertThat(states.all()).extracting(Outcome::rating).containsExactly(Rating.values());
        for (Rating rating : Rating.values()) {
            assertThat(states.of(rating).rating()).isEqualTo(rating);
            assertThat(states.of(rating).card().reps()).isEqualTo(1);
            assertThat(states.of(rating).card().lastReview()).isEqualTo(NOW);
        }
    }

    @Test
    void fuzzIsSeededPerCardAndReview() {
        List<Long> seeds = new ArrayList<>();
        FuzzSource recording = seed -> {
            seeds.add(seed);
            return 0.5;
        };
        Scheduler scheduler = new Scheduler(SchedulerSettings.defaults(), recording);
        CardState card = CardState.newCard(NOW);
        scheduler.next(card, NOW, 7);
        scheduler.next(card, NOW, 7);
        scheduler.next(card, NOW, 8);
        CardState reviewed = scheduler.review(card, Rating.EASY, NOW, 7);
        scheduler.next(reviewed, reviewed.due(), 7);
        assertThat(seeds.get(0)).isEqualTo(seeds.get(1));
        assertThat(seeds.get(2)).isNotEqualTo(seeds.get(0));
        assertThat(seeds.get(4)).isNotEqualTo(seeds.get(0)); // the next review of the same card
    }

    @Test
    void fuzzSpreadsCardsLearntTogether() {
        Scheduler scheduler = new Scheduler(SchedulerSettings.defaults(),
                seed -> new java.util.SplittableRandom(seed).nextDouble());
        java.util.Set<Duration> intervals = new java.util.HashSet<>();
        for (long cardSeed = 0; cardSeed < 50; cardSeed++) {
            CardState card = new CardState(Phase.REVIEW, 0, 30, 5, NOW, NOW.minus(Duration.ofDays(30)), 5, 0);
            intervals.add(scheduler.next(card, NOW, cardSeed).good().interval());
        }
        assertThat(intervals.size()).isGreaterThan(3);
    }

    @Test
    void fuzzSourcesAreChecked() {
        assertThatThrownBy(() -> new Scheduler(SchedulerSettings.defaults(), null))
                .hasMessageContaining("fuzz source is required");
        Scheduler broken = new Scheduler(SchedulerSettings.defaults(), seed -> 1.0);
        assertThatThrownBy(() -> broken.next(CardState.newCard(NOW), NOW, 1))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("outside [0, 1)");
    }

    @Test
    void elapsedDaysAreWholeDaysAndNeverNegative() {
        CardState card = new CardState(Phase.REVIEW, 0, 10, 5, NOW, NOW, 1, 0);
        assertThat(Scheduler.elapsedDays(card, NOW.plus(Duration.ofHours(47)))).isEqualTo(1);
        assertThat(Scheduler.elapsedDays(card, NOW.minus(Duration.ofDays(3)))).isZero();
    }
}
