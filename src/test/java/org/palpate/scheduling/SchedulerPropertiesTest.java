package org.palpate.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property-style tests over seeded random cases: random weights (within the fsrs-rs ranges), settings and review
 * histories. Each case prints its seed; rerun one by putting it into {@link #seeds()}.
 */
class SchedulerPropertiesTest {
    private static final Instant EPOCH = Instant.parse("2024-01-01T08:00:00Z");
    private static final FuzzSource FUZZ = seed -> new SplittableRandom(seed).nextDouble();

    static LongStream seeds() {
        return new SplittableRandom(20240101).longs(100);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void memoryStaysWithinClampsAndIntervalsWithinBounds(long seed) {
        System.out.println("SchedulerPropertiesTest.memoryStaysWithinClampsAndIntervalsWithinBounds seed=" + seed);
        Case c = Case.random(seed);
        for (CardState card : c.history()) {
            for (Outcome outcome : c.scheduler().next(card, c.nextReviewTime(card), seed).all()) {
                CardState next = outcome.card();
                assertThat(next.stability()).isBetween(FsrsModel.S_MIN, FsrsModel.S_MAX);
                assertThat(next.difficulty()).isBetween(FsrsModel.D_MIN, FsrsModel.D_MAX);
                assertThat(outcome.interval()).isEqualTo(Duration.between(next.lastReview(), next.due()));
                if (next.phase() == Phase.REVIEW) {
                    long days = outcome.interval().toDays();
                    assertThat(days).isBetween(1L, (long) c.settings().maximumIntervalDays());
                    assertThat(outcome.interval()).isEqualTo(Duration.ofDays(days));
                } else {
                    assertThat(outcome.interval()).isLessThan(Duration.ofDays(1));
                }
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void reviewCardsGetOrderedButtons(long seed) {
        System.out.println("SchedulerPropertiesTest.reviewCardsGetOrderedButtons seed=" + seed);
        Case c = Case.random(seed);
        for (CardState card : c.history()) {
            if (card.phase() != Phase.REVIEW) {
                continue;
            }
            NextStates states = c.scheduler().next(card, c.nextReviewTime(card), seed);
            assertThat(states.again().interval()).isLessThanOrEqualTo(states.hard().interval());
            assertThat(states.hard().interval()).isLessThanOrEqualTo(states.good().interval());
            assertThat(states.good().interval()).isLessThanOrEqualTo(states.easy().interval());
            if (!c.settings().shortTerm() && states.easy().interval().toDays() < c.settings().maximumIntervalDays()) {
                // long-term mode keeps the passing buttons strictly apart unless the maximum interval intervenes
                assertThat(states.hard().interval()).isLessThan(states.good().interval());
                assertThat(states.good().interval()).isLessThan(states.easy().interval());
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void retrievabilityIsAProbabilityThatFallsOverTime(long seed) {
        System.out.println("SchedulerPropertiesTest.retrievabilityIsAProbabilityThatFallsOverTime seed=" + seed);
        SplittableRandom random = new SplittableRandom(seed);
        FsrsModel model = new FsrsModel(Case.randomWeights(random));
        double stability = Math.exp(random.nextDouble(Math.log(FsrsModel.S_MIN), Math.log(FsrsModel.S_MAX)));
        double previous = model.retrievability(0, stability);
        assertThat(previous).isEqualTo(1.0);
        double t = 0;
        for (int i = 0; i < 50; i++) {
            t += random.nextDouble(0, 400);
            double r = model.retrievability(t, stability);
            assertThat(r).isBetween(0.0, 1.0).isLessThanOrEqualTo(previous);
            previous = r;
        }
        Case c = Case.random(seed);
        for (CardState card : c.history()) {
            double early = c.scheduler().retrievability(card, card.lastReview() == null ? EPOCH : card.lastReview());
            double late = c.scheduler().retrievability(card, c.nextReviewTime(card).plus(Duration.ofDays(30)));
            assertThat(early).isBetween(0.0, 1.0);
            assertThat(late).isBetween(0.0, 1.0).isLessThanOrEqualTo(early);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theSameSeedGivesTheSameSchedule(long seed) {
        System.out.println("SchedulerPropertiesTest.theSameSeedGivesTheSameSchedule seed=" + seed);
        Case first = Case.random(seed);
        Case second = Case.random(seed);
        assertThat(second.history()).isEqualTo(first.history());
        CardState last = first.history().get(first.history().size() - 1);
        Instant at = first.nextReviewTime(last);
        assertThat(second.scheduler().next(last, at, seed)).isEqualTo(first.scheduler().next(last, at, seed));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void fuzzStaysWithinItsRangeAroundTheUnfuzzedInterval(long seed) {
        System.out.println("SchedulerPropertiesTest.fuzzStaysWithinItsRangeAroundTheUnfuzzedInterval seed=" + seed);
        Case c = Case.random(seed);
        SchedulerSettings fuzzed = c.settings().withFuzz(true).withShortTerm(true);
        Scheduler withFuzz = new Scheduler(fuzzed, FUZZ);
        Scheduler withoutFuzz = new Scheduler(fuzzed.withFuzz(false), null);
        for (CardState card : c.history()) {
            Instant at = c.nextReviewTime(card);
            NextStates plain = withoutFuzz.next(card, at, seed);
            NextStates spread = withFuzz.next(card, at, seed);
            for (Rating rating : Rating.values()) {
                Outcome a = plain.of(rating);
                Outcome b = spread.of(rating);
                assertThat(b.card().stability()).isEqualTo(a.card().stability());
                if (a.card().phase() != Phase.REVIEW) {
                    assertThat(b.interval()).isEqualTo(a.interval());
                    continue;
                }
                double unrounded = withFuzz.model().interval(a.card().stability(), fuzzed.desiredRetention());
                FuzzRange range = FuzzRange.around(unrounded, 1, fuzzed.maximumIntervalDays());
                assertThat(b.interval().toDays()).isBetween((long) range.lower(), (long) range.upper());
            }
        }
    }

    /** A random scheduler and a random history of one card reviewed with it. */
    record Case(SchedulerSettings settings, Scheduler scheduler, List<CardState> history, long seed) {

        static Case random(long seed) {
            SplittableRandom random = new SplittableRandom(seed);
            List<Duration> learning = randomSteps(random);
            List<Duration> relearning = randomSteps(random);
            SchedulerSettings settings = new SchedulerSettings(randomWeights(random), random.nextDouble(0.7, 0.99),
                    random.nextBoolean() ? 36500 : random.nextInt(1, 400), learning, relearning,
                    random.nextBoolean(), random.nextBoolean());
            Scheduler scheduler = new Scheduler(settings, FUZZ);
            List<CardState> history = new ArrayList<>();
            CardState card = CardState.newCard(EPOCH);
            history.add(card);
            int reviews = random.nextInt(1, 40);
            Instant now = EPOCH;
            for (int i = 0; i < reviews; i++) {
                now = now.plus(randomWait(random, card));
                card = scheduler.review(card, Rating.ofGrade(random.nextInt(1, 5)), now, seed);
                history.add(card);
            }
            return new Case(settings, scheduler, List.copyOf(history), seed);
        }

        /** Reviews happen early, on time or late; derived from the card so that it is repeatable. */
        Instant nextReviewTime(CardState card) {
            long lateness = Math.floorMod(seed ^ card.reps(), 5) - 1; // -1 .. 3 days from due
            Instant due = card.due().plus(Duration.ofDays(lateness));
            return card.lastReview() != null && due.isBefore(card.lastReview()) ? card.lastReview() : due;
        }

        static double[] randomWeights(SplittableRandom random) {
            double[] low = FsrsModel.clip(new double[21], 1, false);
            double[] high = FsrsModel.clip(filled(1e9), 1, false);
            double[] weights = new double[21];
            for (int i = 0; i < 21; i++) {
                weights[i] = low[i] == high[i] ? low[i] : random.nextDouble(low[i], high[i]);
            }
            return weights;
        }

        private static double[] filled(double value) {
            double[] values = new double[21];
            java.util.Arrays.fill(values, value);
            return values;
        }

        /** Up to three increasing steps below a day, or none. */
        private static List<Duration> randomSteps(SplittableRandom random) {
            List<Duration> steps = new ArrayList<>();
            long minutes = 0;
            for (int i = random.nextInt(0, 4); i > 0; i--) {
                minutes += random.nextInt(1, 240);
                steps.add(Duration.ofMinutes(minutes));
            }
            return steps;
        }

        private static Duration randomWait(SplittableRandom random, CardState card) {
            return switch (random.nextInt(4)) {
                case 0 -> Duration.ofMinutes(random.nextInt(0, 600)); // same day
                case 1 -> Duration.between(card.lastReview() == null ? card.due() : card.lastReview(), card.due());
                default -> Duration.ofHours(random.nextLong(1, 24L * 3000));
            };
        }
    }
}
