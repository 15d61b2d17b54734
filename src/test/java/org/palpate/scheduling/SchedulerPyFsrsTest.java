package org.palpate.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** py-fsrs tests/test_basic.py (docs/scheduling.md §2.3): the short-term state machine, fuzz off. */
class SchedulerPyFsrsTest {
    private static final Instant START = Instant.parse("2022-11-29T12:30:00Z");
    private static final long SEED = 42;

    private final Scheduler scheduler = new Scheduler(SchedulerSettings.defaults().withFuzz(false), null);

    @Test
    void reviewCardAtEachDueDate() {
        Rating[] ratings = {Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD,
                Rating.AGAIN, Rating.AGAIN, Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD};
        long[] expectedDays = {0, 2, 11, 46, 163, 498, 0, 0, 2, 4, 7, 12, 21};
        // not in py-fsrs itself: derived with a float64 re-implementation of §1 that reproduces its interval vector above (4 decimals)
        double[][] expectedSd = {{2.3065, 2.1181}, {2.3065, 2.1112}, {10.9710, 2.1043}, {46.3169, 2.0975},
                {162.9998, 2.0906}, {497.8766, 2.0837}, {6.8904, 7.3832}, {2.1546, 9.1251}, {2.1546, 9.1112},
                {3.9831, 9.0973}, {7.2363, 9.0835}, {12.4830, 9.0696}, {20.7704, 9.0558}};
        Phase[] expectedPhases = {Phase.LEARNING, Phase.REVIEW, Phase.REVIEW, Phase.REVIEW, Phase.REVIEW,
                Phase.REVIEW, Phase.RELEARNING, Phase.RELEARNING, Phase.REVIEW, Phase.REVIEW, Phase.REVIEW,
                Phase.REVIEW, Phase.REVIEW};

        CardState card = CardState.newCard(START);
        Instant now = START;
        List<Long> days = new ArrayList<>();
        for (int i = 0; i < ratings.length; i++) {
            card = scheduler.review(card, ratings[i], now, SEED);
            days.add(Duration.between(card.lastReview(), card.due()).toDays());
            assertThat(card.phase()).as("phase after review %d", i + 1).isEqualTo(expectedPhases[i]);
            assertThat(card.stability()).as("S after review %d", i + 1).isCloseTo(expectedSd[i][0], within(1e-4));
            assertThat(card.difficulty()).as("D after review %d", i + 1).isCloseTo(expectedSd[i][1], within(1e-4));
            now = card.due();
        }
        assertThat(days).containsExactly(java.util.Arrays.stream(expectedDays).boxed().toArray(Long[]::new));
        assertThat(card.reps()).isEqualTo(13);
        assertThat(card.lapses()).isEqualTo(1);
    }

    @Test
    void memoStateMatchesFsrsRs() {
        // py-fsrs test_memo_state: same history as fsrs-rs test_memory_state, reviews at 12:30 UTC
        int[] ratings = {1, 3, 3, 3, 3, 3};
        int[] gaps = {0, 0, 1, 3, 8, 21};
        CardState card = CardState.newCard(START);
        Instant now = START;
        for (int i = 0; i < ratings.length; i++) {
            now = now.plus(Duration.ofDays(gaps[i]));
            card = scheduler.review(card, Rating.ofGrade(ratings[i]), now, SEED);
        }
        assertThat(card.stability()).isCloseTo(53.62691, within(1e-4));
        assertThat(card.difficulty()).isCloseTo(6.3574867, within(1e-4));
    }

    @Test
    void repeatedEasyReviewsDriveDifficultyToOne() {
        CardState card = CardState.newCard(START);
        Instant now = START;
        for (int i = 0; i < 10; i++) {
            card = scheduler.review(card, Rating.EASY, now, SEED);
            now = now.plusNanos(1000);
        }
        assertThat(card.difficulty()).isEqualTo(1.0);
    }

    @Test
    void learningStepTimings() {
        NextStates states = scheduler.next(CardState.newCard(START), START, SEED);
        assertThat(states.again().interval()).isEqualTo(Duration.ofSeconds(60));
        assertThat(states.hard().interval()).isEqualTo(Duration.ofSeconds(330));
        assertThat(states.good().interval()).isEqualTo(Duration.ofMinutes(10));
        assertThat(states.good().card().step()).isEqualTo(1);
        assertThat(states.easy().card().phase()).isEqualTo(Phase.REVIEW);
        assertThat(states.easy().interval()).isEqualTo(Duration.ofDays(8)); // round(S0(Easy) = 8.2956)
    }

    @Test
    void hardWithOneStepWaitsOneAndAHalfSteps() {
        Scheduler oneStep = new Scheduler(SchedulerSettings.defaults().withFuzz(false)
                .withSteps(List.of(Duration.ofMinutes(10)), List.of(Duration.ofMinutes(10))), null);
        NextStates states = oneStep.next(CardState.newCard(START), START, SEED);
        assertThat(states.hard().interval()).isEqualTo(Duration.ofMinutes(15));
        assertThat(states.good().card().phase()).isEqualTo(Phase.REVIEW);
    }

    @Test
    void hardOnALaterStepRepeatsThatStep() {
        CardState card = scheduler.review(CardState.newCard(START), Rating.GOOD, START, SEED);
        NextStates states = scheduler.next(card, START.plusSeconds(600), SEED);
        assertThat(states.hard().interval()).isEqualTo(Duration.ofMinutes(10));
        assertThat(states.hard().card().step()).isEqualTo(1);
        assertThat(states.again().card().step()).isEqualTo(0);
    }

    @Test
    void stabilityNeverFallsBelowTheMinimum() {
        CardState card = CardState.newCard(START);
        Instant now = START;
        for (int i = 0; i < 1000; i++) {
            card = scheduler.review(card, Rating.AGAIN, now, SEED);
            now = card.due().plus(Duration.ofDays(1));
            assertThat(card.stability()).isGreaterThanOrEqualTo(FsrsModel.S_MIN);
        }
    }

    @Test
    void noStepsMeansNewCardsGoStraightToReview() {
        Scheduler noSteps = new Scheduler(SchedulerSettings.defaults().withFuzz(false).withSteps(List.of(), List.of()), null);
        NextStates states = noSteps.next(CardState.newCard(START), START, SEED);
        for (Outcome outcome : states.all()) {
            assertThat(outcome.card().phase()).isEqualTo(Phase.REVIEW);
            assertThat(outcome.interval()).isGreaterThanOrEqualTo(Duration.ofDays(1));
        }
        CardState review = states.good().card();
        NextStates later = noSteps.next(review, review.due(), SEED);
        assertThat(later.again().card().phase()).isEqualTo(Phase.REVIEW);
        assertThat(later.again().card().lapses()).isEqualTo(1);
    }

    @Test
    void aCardBeyondShortenedStepsGraduatesOnAPassingAnswer() {
        CardState learning = new CardState(Phase.LEARNING, 3, 2.3, 5, START, START, 3, 0);
        NextStates states = scheduler.next(learning, START.plusSeconds(60), SEED);
        assertThat(states.hard().card().phase()).isEqualTo(Phase.REVIEW);
        assertThat(states.again().card().phase()).isEqualTo(Phase.LEARNING);
        assertThat(states.again().card().step()).isZero();
    }

    @Test
    void retrievabilityUsesWholeDaysAndIsZeroForNewCards() {
        assertThat(scheduler.retrievability(CardState.newCard(START), START)).isZero();
        CardState card = scheduler.review(CardState.newCard(START), Rating.EASY, START, SEED);
        assertThat(scheduler.retrievability(card, START.plus(Duration.ofHours(23)))).isEqualTo(1.0);
        double afterS = scheduler.retrievability(card, START.plus(Duration.ofDays(8)).plusSeconds(5));
        assertThat(afterS).isCloseTo(FsrsModel.defaults().retrievability(8, 8.2956), within(1e-12));
    }

    @Test
    void maximumIntervalCapsReviews() {
        Scheduler capped = new Scheduler(SchedulerSettings.defaults().withFuzz(false).withMaximumIntervalDays(5), null);
        NextStates states = capped.next(CardState.newCard(START), START, SEED);
        assertThat(states.easy().interval()).isEqualTo(Duration.ofDays(5));
    }
}
