package org.palpate.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.Arrays;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The vectors of docs/scheduling.md §1 and §2.1–2.2 (fsrs-rs model.rs and inference.rs tests). */
class FsrsModelTest {
    /** Upstream tolerance (docs/scheduling.md §2). */
    private static final Offset<Double> TOLERANCE = within(1e-4);

    /** fsrs-rs inference.rs {@code PARAMETERS}: an FSRS-5 set of 19, upgraded with w19 = 0 and w20 = 0.5. */
    static final double[] FSRS5_PARAMETERS = {
            0.6845422, 1.6790825, 4.7349424, 10.042885, 7.4410233, 0.64219797, 1.071918, 0.0025195254, 1.432437,
            0.1544, 0.8692766, 2.0696752, 0.0953, 0.2975, 2.4691248, 0.19542035, 3.201072, 0.18046261, 0.121442534};

    private final FsrsModel model = FsrsModel.defaults();

    private static MemoryState replay(FsrsModel model, int[] ratings, int[] gaps) {
        MemoryState state = null;
        for (int i = 0; i < ratings.length; i++) {
            state = model.next(state, gaps[i], Rating.ofGrade(ratings[i]));
        }
        return state;
    }

    @Nested
    class ModelRsVectors {
        @Test
        void powerForgettingCurve() {
            double[][] tAndS = {{0, 1}, {1, 2}, {2, 3}, {3, 4}, {4, 4}, {5, 2}};
            double[] expected = {1.0, 0.9403443, 0.9253786, 0.9185229, 0.9, 0.8261359};
            for (int i = 0; i < expected.length; i++) {
                assertThat(model.retrievability(tAndS[i][0], tAndS[i][1])).isCloseTo(expected[i], within(1e-5));
            }
        }

        @Test
        void initialStabilityIsTheFirstFourWeights() {
            for (Rating rating : Rating.values()) {
                assertThat(model.initial(rating).stability()).isEqualTo(FsrsModel.defaultWeights()[rating.ordinal()]);
            }
        }

        @Test
        void initialDifficultyClampedAsTsFsrsGivesIt() {
            double[] expected = {6.4133, 5.11217071, 2.11810397, 1};
            for (Rating rating : Rating.values()) {
                assertThat(model.initial(rating).difficulty()).isCloseTo(expected[rating.ordinal()], TOLERANCE);
            }
            // the raw formula, which mean reversion uses, is not clamped
            assertThat(model.initialDifficulty(Rating.EASY)).isCloseTo(6.4133 - Math.exp(3 * 0.8334) + 1, within(1e-12));
        }

        @Test
        void nextDifficultyBeforeAndAfterMeanReversion() {
            double[] damped = {8.354889, 6.6774445, 5.0, 3.3225555};
            double[] reverted = {8.341763, 6.6659956, 4.990228, 3.3144615};
            for (Rating rating : Rating.values()) {
                assertThat(model.dampedDifficulty(5, rating)).isCloseTo(damped[rating.ordinal()], TOLERANCE);
                assertThat(model.nextDifficulty(5, rating)).isCloseTo(reverted[rating.ordinal()], TOLERANCE);
            }
        }

        @Test
        void stabilityAfterRecallWithDifficultyEqualToTheGrade() {
            double[] r = {0.9, 0.8, 0.7, 0.6};
            double[] expected = {25.602541, 28.226582, 58.656002, 127.226685};
            for (Rating rating : Rating.values()) {
                int i = rating.ordinal();
                // the upstream test passes D = G and uses the formula for every grade, Again included
                assertThat(model.stabilityAfterRecall(5, rating.grade(), r[i], rating)).isCloseTo(expected[i], TOLERANCE);
            }
        }

        @Test
        void stabilityAfterLapse() {
            double[] r = {0.9, 0.8, 0.7, 0.6};
            double[] expected = {1.0525396, 1.1894329, 1.3680838, 1.584989};
            for (int i = 0; i < 4; i++) {
                assertThat(model.stabilityAfterLapse(5, i + 1, r[i])).isCloseTo(expected[i], TOLERANCE);
            }
        }

        @Test
        void shortTermStabilityOnlyAgainCanLowerIt() {
            double[] expected = {1.596818, 5.0, 5.0, 8.12961};
            for (Rating rating : Rating.values()) {
                assertThat(model.shortTermStability(5, rating)).isCloseTo(expected[rating.ordinal()], TOLERANCE);
            }
        }
    }

    @Nested
    class InferenceRsVectors {
        @Test
        void nextIntervalForEveryTenthOfRetention() {
            long[] expected = {3116766, 34793, 2508, 387, 90, 27, 9, 3, 1, 1};
            for (int i = 0; i < expected.length; i++) {
                double retention = (i + 1) / 10.0;
                long days = Math.max(1, Math.round(model.interval(1, retention)));
                if (i == 0) {
                    // f32-only: fsrs-rs gets 3116766 in single precision; double precision gives 3116769
                    assertThat((double) days).isCloseTo(expected[i], withinPercentage(0.001));
                } else {
                    assertThat(days).isEqualTo(expected[i]);
                }
            }
        }

        @Test
        void intervalEqualsStabilityAtNinetyPercent() {
            assertThat(model.interval(121.01552, 0.9)).isCloseTo(121.01551, TOLERANCE);
        }

        @Test
        void memoryStateOfAHistoryWithSameDayReviews() {
            MemoryState state = replay(model, new int[] {1, 3, 3, 3, 3, 3}, new int[] {0, 0, 1, 3, 8, 21});
            assertThat(state.stability()).isCloseTo(53.62691, TOLERANCE);
            assertThat(state.difficulty()).isCloseTo(6.3574867, TOLERANCE);
        }

        @Test
        void memoryStateWithoutShortTermWeights() {
            double[] weights = FsrsModel.defaultWeights();
            weights[17] = 0;
            weights[18] = 0;
            weights[19] = 0;
            MemoryState state = replay(new FsrsModel(weights), new int[] {1, 3, 3, 3, 3, 3}, new int[] {0, 0, 1, 3, 8, 21});
            // 53.335106 upstream (f32); 53.335064 in double precision
            assertThat(state.stability()).isCloseTo(53.335106, TOLERANCE);
            assertThat(state.difficulty()).isCloseTo(6.3574867, TOLERANCE);
        }

        @Test
        void memoryStateWithLegacyFsrs5Parameters() {
            FsrsModel fsrs5 = new FsrsModel(FSRS5_PARAMETERS);
            MemoryState state = replay(fsrs5, new int[] {1, 3, 3, 3, 3}, new int[] {0, 1, 3, 8, 21});
            assertThat(state.stability()).isCloseTo(31.722992, TOLERANCE);
            assertThat(state.difficulty()).isCloseTo(7.382128, TOLERANCE);

            MemoryState good = fsrs5.next(new MemoryState(20.925528, 7.005062), 21, Rating.GOOD);
            assertThat(good.stability()).isCloseTo(40.87456, TOLERANCE);
            assertThat(good.difficulty()).isCloseTo(6.9913807, TOLERANCE);
        }

        @Test
        void nextStatesWithLegacyFsrs5Parameters() {
            FsrsModel fsrs5 = new FsrsModel(FSRS5_PARAMETERS);
            MemoryState before = replay(fsrs5, new int[] {1, 3, 3, 3}, new int[] {0, 1, 3, 8});
            double[][] expected = {
                    {2.9691455, 8.000659}, {17.091452, 7.6913934}, {31.722992, 7.382128}, {71.7502, 7.0728626}};
            for (Rating rating : Rating.values()) {
                MemoryState after = fsrs5.next(before, 21, rating);
                double[] sd = expected[rating.ordinal()];
                assertThat(after.stability()).isCloseTo(sd[0], TOLERANCE);
                assertThat(after.difficulty()).isCloseTo(sd[1], TOLERANCE);
                // decay 0.5: the interval at 90 % retention is the stability itself
                assertThat(fsrs5.interval(after.stability(), 0.9)).isCloseTo(sd[0], TOLERANCE);
            }
        }

        @Test
        void currentRetrievabilityWithDecayPointTwo() {
            double[] weights = FsrsModel.defaultWeights();
            weights[20] = 0.2;
            FsrsModel decay02 = new FsrsModel(weights);
            double[] expected = {1.0, 0.9, 0.84028935, 0.7985001};
            for (int t = 0; t < 4; t++) {
                assertThat(decay02.retrievability(t, 1)).isCloseTo(expected[t], TOLERANCE);
            }
        }

        @Test
        void memoryStateFromSm2() {
            double[][] cases = { // ease, interval, retention -> S, D
                    {2.5, 10, 0.9, 10.0, 6.9140563},
                    {2.5, 10, 0.8, 3.01572, 9.393428},
                    {2.5, 10, 0.95, 24.841097, 1.2974405},
                    {1.3, 20, 0.9, 20.0, 10.0}};
            for (double[] c : cases) {
                MemoryState state = model.fromSm2(c[0], c[1], c[2]);
                assertThat(state.stability()).as("S for %s", Arrays.toString(c)).isCloseTo(c[3], TOLERANCE);
                assertThat(state.difficulty()).as("D for %s", Arrays.toString(c)).isCloseTo(c[4], TOLERANCE);
            }
        }

        @Test
        void sm2CardKeepsItsEaseAsTheGrowthFactorOfTheNextGood() {
            MemoryState state = model.fromSm2(2.0, 15, 0.9);
            MemoryState next = model.next(state, 15, Rating.GOOD);
            assertThat(next.stability() / 15).isCloseTo(2.0, within(0.01));
        }
    }

    @Nested
    class Parameters {
        @Test
        void clipperWorksOnAPartialVector() {
            double[] clipped = FsrsModel.clip(new double[] {0, -1000, 1000, 0, 1000, -1000, 1, 0.25, -0.1}, 1, true);
            assertThat(clipped).containsExactly(new double[] {0.001, 0.001, 100, 0.001, 10, 0.001, 1, 0.25, 0}, within(1e-12));
        }

        @Test
        void defaultShortTermWeightsSurviveTwoRelearningSteps() {
            double[] clipped = FsrsModel.clip(FsrsModel.defaultWeights(), 2, true);
            assertThat(Arrays.copyOfRange(clipped, 17, 20)).containsExactly(new double[] {0.5425, 0.0912, 0.0658}, within(1e-12));
        }

        @Test
        void moreRelearningStepsLowerTheCeilingOfW17AndW18() {
            double[] weights = FsrsModel.defaultWeights();
            weights[17] = 1.9;
            weights[18] = 1.9;
            // sqrt(-(ln w11 + ln(2^w13 - 1) + 0.3 w14) / 3) with the default w11, w13, w14
            double[] clipped = FsrsModel.clip(weights, 3, true);
            assertThat(clipped[17]).isCloseTo(0.4902730056, within(1e-9));
            assertThat(clipped[18]).isCloseTo(0.4902730056, within(1e-9));
            assertThat(FsrsModel.clip(weights, 1, true)[17]).isEqualTo(1.9);
        }

        @Test
        void w19FloorOnlyWhenShortTermIsTrained() {
            double[] weights = FsrsModel.defaultWeights();
            weights[19] = 0;
            assertThat(FsrsModel.clip(weights, 1, true)[19]).isEqualTo(0.01);
            assertThat(FsrsModel.clip(weights, 1, false)[19]).isEqualTo(0.0);
            assertThat(new FsrsModel(weights).weights()[19]).isEqualTo(0.0);
        }

        @Test
        void modelClampsOutOfRangeWeights() {
            double[] weights = FsrsModel.defaultWeights();
            weights[0] = 500;
            weights[20] = 0.01;
            double[] used = new FsrsModel(weights).weights();
            assertThat(used[0]).isEqualTo(100);
            assertThat(used[20]).isEqualTo(0.1);
        }

        @Test
        void seventeenLegacyWeightsAreConverted() {
            double[] fsrs45 = {0.4, 0.6, 2.4, 5.8, 4.93, 0.94, 0.86, 0.01, 1.49, 0.14, 0.94, 2.18, 0.05, 0.34, 1.26, 0.29, 2.61};
            double[] expected = {0.4, 0.6, 2.4, 5.8, 6.81, 0.44675013, 1.36, 0.01, 1.49, 0.14, 0.94, 2.18, 0.05, 0.34,
                    1.26, 0.29, 2.61, 0.0, 0.0, 0.0, 0.5};
            // 0.44675013 is an f32 value; double precision gives 0.446750140...
            assertThat(FsrsModel.upgradeToFsrs6(fsrs45)).containsExactly(expected, within(1e-7));
        }

        @Test
        void nineteenLegacyWeightsGetNoSameDayExponentAndTheOldDecay() {
            double[] upgraded = FsrsModel.upgradeToFsrs6(FSRS5_PARAMETERS);
            assertThat(upgraded).hasSize(21);
            assertThat(Arrays.copyOf(upgraded, 19)).containsExactly(FSRS5_PARAMETERS);
            assertThat(upgraded[19]).isEqualTo(0.0);
            assertThat(upgraded[20]).isEqualTo(0.5);
        }

        @Test
        void decayOfHalfGivesTheFsrs5Factor() {
            FsrsModel fsrs5 = new FsrsModel(FSRS5_PARAMETERS);
            // R(t) = (1 + 19/81 t/S)^-0.5
            assertThat(fsrs5.retrievability(10, 3)).isCloseTo(Math.pow(1 + 19.0 / 81 * 10 / 3, -0.5), within(1e-12));
        }

        @Test
        void otherLengthsAndNonFiniteValuesAreRejected() {
            assertThatThrownBy(() -> new FsrsModel(new double[20])).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("21 weights").hasMessageContaining("got 20");
            double[] nan = FsrsModel.defaultWeights();
            nan[3] = Double.NaN;
            assertThatThrownBy(() -> new FsrsModel(nan)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("finite");
            assertThatThrownBy(() -> new FsrsModel(null)).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void weightsAreDefensivelyCopied() {
            double[] weights = FsrsModel.defaultWeights();
            FsrsModel copy = new FsrsModel(weights);
            weights[2] = 50;
            copy.weights()[2] = 60;
            assertThat(copy.weights()[2]).isEqualTo(2.3065);
        }
    }

    @Test
    void firstReviewInitialisesWhateverTheGap() {
        assertThat(model.next(null, 5, Rating.GOOD)).isEqualTo(model.initial(Rating.GOOD));
    }

    @Test
    void longTermModeIgnoresSameDayFormulaAndCapsLapsesAtTheOldStability() {
        MemoryState state = new MemoryState(10, 5);
        MemoryState good = model.next(state, 0, Rating.GOOD, false);
        assertThat(good.stability()).isEqualTo(10.0); // R = 1 on the same day: nothing gained
        MemoryState again = model.next(state, 0, Rating.AGAIN, false);
        assertThat(again.stability()).isLessThanOrEqualTo(10.0);
        assertThat(again.stability()).isCloseTo(model.stabilityAfterLapse(10, 5, 1.0), within(1e-12));
    }
}
