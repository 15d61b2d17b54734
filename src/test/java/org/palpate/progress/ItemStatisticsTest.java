package org.palpate.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.palpate.curriculum.Choice;
import org.palpate.curriculum.Choices;
import org.palpate.curriculum.Question;
import org.palpate.quiz.ResponseJson;
import org.palpate.progress.ItemStatistics.Attempt;

/** Moodle's item statistics for 0/1 items, against hand calculations and against the textbook point-biserial formula. */
class ItemStatisticsTest {

    @Test
    void aSmallItemByHand() {
        // scores 1,1,1,0 with rest scores 1, 2/3, 1/3, 1/3: means 0.75 and 7/12;
        // Sxy = 0.25*(5/12) + 0.25*(1/12) + 0.25*(-1/4) + (-0.75)*(-1/4) = 1/4, Sxx = 3/4, Syy = 11/36
        List<Attempt> attempts = List.of(new Attempt(1, 1, 1.0), new Attempt(2, 1, 2 / 3.0), new Attempt(3, 1, 1 / 3.0),
                new Attempt(4, 0, 1 / 3.0));
        assertThat(ItemStatistics.facility(3, 4)).isEqualTo(0.75);
        assertThat(ItemStatistics.discrimination(attempts)).isCloseTo(0.25 / Math.sqrt(0.75 * 11 / 36.0), within(1e-12));
        // the wrong answer already sits with the lowest rest score: as discriminating as these values allow
        assertThat(ItemStatistics.efficiency(attempts)).isCloseTo(1.0, within(1e-12));
        // 27% of 4 rounds to 1: learner 1 (right) against learner 4 (wrong, after 3 on the tie)
        assertThat(ItemStatistics.upperLower(attempts)).isEqualTo(1.0);
    }

    @Test
    void undefinedWhereMoodleLeavesItBlank() {
        assertThat(ItemStatistics.facility(0, 0)).isNull();
        assertThat(ItemStatistics.discrimination(List.of(new Attempt(1, 1, 0.5)))).isNull();
        assertThat(ItemStatistics.discrimination(List.of(new Attempt(1, 1, 0.5), new Attempt(2, 1, 0.7)))).as("everyone right").isNull();
        assertThat(ItemStatistics.discrimination(List.of(new Attempt(1, 1, 0.5), new Attempt(2, 0, 0.5)))).as("same rest").isNull();
        assertThat(ItemStatistics.efficiency(List.of(new Attempt(1, 1, 0.5), new Attempt(2, 1, 0.7)))).isNull();
        assertThat(ItemStatistics.upperLower(List.of(new Attempt(1, 1, 0.5)))).isNull();
    }

    @Test
    void upperAndLowerGroupsAreTwentySevenPercent() {
        List<Attempt> attempts = new ArrayList<>();
        // 20 learners, rest score rising with id; the 5 best (27% of 20 = 5.4 -> 5) right, the others wrong
        for (int i = 1; i <= 20; i++) {
            attempts.add(new Attempt(i, i > 15 ? 1 : 0, i / 20.0));
        }
        assertThat(ItemStatistics.upperLower(attempts)).isEqualTo(1.0);
        // learner 3 (in the bottom five) right as well: 5/5 - 1/5; learner 6 (just outside it) changes nothing
        attempts.set(2, new Attempt(3, 1, 3 / 20.0));
        attempts.set(5, new Attempt(6, 1, 6 / 20.0));
        assertThat(ItemStatistics.upperLower(attempts)).isCloseTo(0.8, within(1e-12));
    }

    @Test
    void choicePicksAreCountedFromTheAnswersAsData() {
        // a choice that contains "; B) " fooled the old reading of "A) text; C) text" strings back
        Choice tricky = new Choice("Gliding; B) slow", true, null);
        Choice kneading = new Choice("Kneading", false, null);
        Choice slow = new Choice("slow", false, null);
        Question q = new Question("q", "m", "t", "Which?", new Choices(List.of(tricky, kneading, slow), true), "why",
                List.of(), false, null, List.of(), null, "h", List.of());
        List<ReportQueries.FirstAttempt> attempts = List.of(
                new ReportQueries.FirstAttempt(1, "q", true, ResponseJson.write(Map.of("choices", List.of("Gliding; B) slow")))),
                new ReportQueries.FirstAttempt(2, "q", false, ResponseJson.write(Map.of("choices", List.of("Kneading", "slow")))),
                new ReportQueries.FirstAttempt(3, "q", false, null));
        assertThat(ItemAnalysisService.choiceCounts(q, attempts)).extracting(ItemAnalysis.ChoiceCount::picks)
                .containsExactly(1, 1, 1);
    }

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 25);
    }

    /**
     * For 0/1 scores the correlation equals the textbook point-biserial (M1 - M0) / s * sqrt(p q) (population s),
     * lies in [-1, 1], and the efficiency is at most 1 when the correlation is positive.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theCorrelationIsThePointBiserial(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = 2 + random.nextInt(60);
        List<Attempt> attempts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double rest = random.nextInt(11) / 10.0;
            attempts.add(new Attempt(i, random.nextDouble() < 0.2 + 0.6 * rest ? 1 : 0, rest));
        }
        Double r = ItemStatistics.discrimination(attempts);
        double p = attempts.stream().mapToInt(Attempt::score).average().orElse(0);
        double mean = attempts.stream().mapToDouble(Attempt::rest).average().orElse(0);
        double s = Math.sqrt(attempts.stream().mapToDouble(a -> (a.rest() - mean) * (a.rest() - mean)).sum() / n);
        if (p == 0 || p == 1 || s == 0) {
            assertThat(r).as("seed %d", seed).isNull();
            return;
        }
        double m1 = attempts.stream().filter(a -> a.score() == 1).mapToDouble(Attempt::rest).average().orElseThrow();
        double m0 = attempts.stream().filter(a -> a.score() == 0).mapToDouble(Attempt::rest).average().orElseThrow();
        assertThat(r).as("seed %d", seed).isCloseTo((m1 - m0) / s * Math.sqrt(p * (1 - p)), within(1e-9));
        assertThat(r).as("seed %d", seed).isBetween(-1.0, 1.0);
        Double e = ItemStatistics.efficiency(attempts);
        if (r > 0) {
            assertThat(e).as("seed %d", seed).isBetween(0.0, 1.0 + 1e-12).isGreaterThanOrEqualTo(r - 1e-12);
        }
        assertThat(ItemStatistics.upperLower(attempts)).as("seed %d", seed).isBetween(-1.0, 1.0);
    }
}
