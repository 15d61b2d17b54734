package org.palpate.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * ts-fsrs __tests__/impl/long-term_scheduler.test.ts (docs/scheduling.md §2.4): enable_short_term = false, 19 weights, each
 * review at the previous due date. ts-fsrs rounds intermediate values to 8 decimals, so S and D are compared with
 * the upstream 1e-4 absolute tolerance, which double precision meets comfortably.
 */
class SchedulerLongTermTest {
    static final double[] TS_WEIGHTS = {0.4197, 1.1869, 3.0412, 15.2441, 7.1434, 0.6477, 1.0007, 0.0674, 1.6597,
            0.1712, 1.1178, 2.0225, 0.0904, 0.3025, 2.1214, 0.2498, 2.9466, 0.4891, 0.6468};
    private static final Instant START = Instant.parse("2022-12-29T12:30:00Z");
    private static final SchedulerSettings LONG_TERM =
            SchedulerSettings.defaults().withWeights(TS_WEIGHTS).withFuzz(false).withShortTerm(false);

    static Stream<Arguments> vectors() {
        return Stream.of(
                Arguments.of("test1", "GGGGGGAAGGGGG",
                        new long[] {3, 13, 48, 155, 445, 1158, 17, 3, 11, 37, 112, 307, 773},
                        new double[] {3.0412, 13.09130698, 48.15848988, 154.93732625, 445.05562739, 1158.07779739,
                                16.63063166, 3.01732209, 11.42247264, 37.37521902, 111.8752758, 306.5974569, 772.94026648},
                        new double[] {4.49094334, 4.26664289, 4.05746029, 3.86237659, 3.68044154, 3.51076891,
                                4.69833071, 5.55956298, 5.26323756, 4.98688448, 4.72915759, 4.4888015, 4.26464541}),
                Arguments.of("test2 (needs the button-ordering rule)", "AHGEAHGE",
                        new long[] {1, 2, 6, 41, 4, 7, 21, 133},
                        new double[] {0.4197, 1.0344317, 5.5356759, 41.0033667, 4.46605519, 6.67743292, 20.88868155,
                                132.81849454},
                        new double[] {7.1434, 7.03653841, 6.64066485, 5.92312772, 6.44779861, 6.45995078, 6.10293922,
                                5.36588547}),
                Arguments.of("test3", "HGEAHGEA",
                        new long[] {2, 7, 54, 5, 8, 26, 171, 8},
                        new double[] {1.1869, 6.59167572, 53.76078737, 5.0853693, 8.09786749, 25.52991279, 171.16195166,
                                8.11072373},
                        new double[] {6.23225985, 5.89059466, 5.14583392, 5.884097, 5.99269555, 5.667177, 4.91430736,
                                5.71619151}),
                Arguments.of("test4", "GEAHGEAH",
                        new long[] {3, 33, 4, 7, 26, 193, 9, 14},
                        new double[] {3.0412, 32.65484522, 4.22256838, 7.2325009, 25.52681746, 193.36618775, 8.63899847,
                                14.31323867},
                        new double[] {4.49094334, 3.69538259, 4.83221448, 5.12078462, 4.85403286, 4.07165035, 5.1050878,
                                5.34697075}),
                Arguments.of("test5", "EAHGEAHG",
                        new long[] {15, 3, 6, 27, 240, 10, 17, 60},
                        new double[] {15.2441, 3.25621013, 6.32684549, 26.56339029, 239.70462771, 9.75621519,
                                17.06035531, 59.59547542},
                        new double[] {1.16304343, 2.99573557, 3.59851762, 3.43436666, 2.60045771, 4.03816348,
                                4.46259158, 4.24020203}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void longTermSchedulerVectors(String name, String ratings, long[] intervals, double[] stabilities,
                                  double[] difficulties) {
        Scheduler scheduler = new Scheduler(LONG_TERM, null);
        CardState card = CardState.newCard(START);
        Instant now = START;
        List<Long> days = new ArrayList<>();
        for (int i = 0; i < ratings.length(); i++) {
            Outcome outcome = scheduler.next(card, now, 7).of(rating(ratings.charAt(i)));
            card = outcome.card();
            days.add(outcome.interval().toDays());
            assertThat(card.phase()).isEqualTo(Phase.REVIEW);
            assertThat(card.stability()).as("S after review %d", i + 1).isCloseTo(stabilities[i], within(1e-4));
            assertThat(card.difficulty()).as("D after review %d", i + 1).isCloseTo(difficulties[i], within(1e-4));
            now = card.due();
        }
        assertThat(days).containsExactly(boxed(intervals));
    }

    @Test
    void switchingBetweenShortTermAndLongTermScheduling() {
        // ts-fsrs "[State.(Re)Learning]switch long-term scheduler": Good(short) Good(long) Again(long) Good(long)
        // Good(short) Again(short)
        Scheduler shortTerm = new Scheduler(LONG_TERM.withShortTerm(true), null);
        Scheduler longTerm = new Scheduler(LONG_TERM, null);
        Scheduler[] used = {shortTerm, longTerm, longTerm, longTerm, shortTerm, shortTerm};
        String ratings = "GGAGGA";
        long[] intervals = {0, 4, 1, 5, 19, 0};
        double[] stabilities = {3.0412, 3.0412, 1.21778427, 4.73753014, 19.02294877, 3.20676576};
        double[] difficulties = {4.49094334, 4.26664289, 5.24649844, 4.97127357, 4.71459886, 5.57136081};
        Phase[] phases = {Phase.LEARNING, Phase.REVIEW, Phase.REVIEW, Phase.REVIEW, Phase.REVIEW, Phase.RELEARNING};

        CardState card = CardState.newCard(START);
        Instant now = START;
        for (int i = 0; i < ratings.length(); i++) {
            Outcome outcome = used[i].next(card, now, 7).of(rating(ratings.charAt(i)));
            card = outcome.card();
            assertThat(outcome.interval().toDays()).as("interval %d", i + 1).isEqualTo(intervals[i]);
            assertThat(card.stability()).as("S %d", i + 1).isCloseTo(stabilities[i], within(1e-4));
            assertThat(card.difficulty()).as("D %d", i + 1).isCloseTo(difficulties[i], within(1e-4));
            assertThat(card.phase()).as("phase %d", i + 1).isEqualTo(phases[i]);
            now = card.due();
        }
    }

    @Test
    void withoutOrderingTheFirstAnswersWouldCollapse() {
        // docs/scheduling.md §2.4: without the ordering rule test2 would start 1, 1, 3, 23; with it hard is pushed to again + 1
        NextStates first = new Scheduler(LONG_TERM, null).next(CardState.newCard(START), START, 7);
        assertThat(first.again().interval().toDays()).isEqualTo(1);
        assertThat(first.hard().interval().toDays()).isEqualTo(2);
        assertThat(first.good().interval().toDays()).isEqualTo(3);
        assertThat(first.easy().interval().toDays()).isEqualTo(15);
    }

    static Rating rating(char letter) {
        return switch (letter) {
            case 'A' -> Rating.AGAIN;
            case 'H' -> Rating.HARD;
            case 'G' -> Rating.GOOD;
            case 'E' -> Rating.EASY;
            default -> throw new IllegalArgumentException("unknown rating letter " + letter);
        };
    }

    private static Long[] boxed(long[] values) {
        return java.util.Arrays.stream(values).boxed().toArray(Long[]::new);
    }
}
