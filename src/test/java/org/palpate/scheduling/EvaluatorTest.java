package org.palpate.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The evaluation rules on small hand-made histories; the real log is checked in progress.RevlogEvaluationTest. */
class EvaluatorTest {
    private final FsrsModel model = FsrsModel.defaults();

    private static List<Review> history(Object... dayThenRating) {
        List<Review> reviews = new ArrayList<>();
        for (int i = 0; i < dayThenRating.length; i += 2) {
            reviews.add(new Review(((Number) dayThenRating[i]).longValue(), (Rating) dayThenRating[i + 1]));
        }
        return reviews;
    }

    @Test
    void predictsOnlyReviewsAfterAGapAndUsesShortTermStabilityForSameDayOnes() {
        List<Review> card = history(0, Rating.AGAIN, 0, Rating.GOOD, 2, Rating.GOOD, 2, Rating.AGAIN, 5, Rating.AGAIN);
        Evaluation evaluation = new Evaluator(model, false).evaluate(List.of(card));
        assertThat(evaluation.items()).isEqualTo(2);

        MemoryState state = model.initial(Rating.AGAIN);
        state = model.next(state, 0, Rating.GOOD);
        double first = model.retrievability(2, state.stability());
        state = model.next(state, 2, Rating.GOOD);
        state = model.next(state, 0, Rating.AGAIN);
        double second = model.retrievability(3, state.stability());
        // recency weights 0.25 and 1.0 for two items
        double expected = -(0.25 * Math.log(first) + 1.0 * Math.log(1 - second)) / 1.25;
        assertThat(evaluation.logLoss()).isCloseTo(expected, within(1e-12));
    }

    @Test
    void rmseBinsComparesMeanPredictionWithRecallRatePerBin() {
        // two items in the same bin (gap 1, one long-term review, no lapses)
        Evaluation evaluation = new Evaluator(model, false).evaluate(List.of(
                history(0, Rating.GOOD, 1, Rating.GOOD), history(0, Rating.GOOD, 1, Rating.AGAIN)));
        double p = model.retrievability(1, model.initial(Rating.GOOD).stability());
        assertThat(evaluation.rmseBins()).isCloseTo(Math.abs(p - 0.5), within(1e-12));
    }

    @Test
    void outlierFilterDropsSmallFirstIntervalGroupsAndTheirLaterReviews() {
        List<List<Review>> common = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            common.add(history(0, Rating.GOOD, 1, i % 3 == 0 ? Rating.AGAIN : Rating.GOOD));
        }
        List<List<Review>> all = new ArrayList<>(common);
        for (int i = 0; i < 5; i++) {
            // a rare first interval (3 days): 5 first-long-term items plus one later review each
            all.add(history(0, Rating.GOOD, 3, Rating.GOOD, 10, Rating.GOOD));
        }
        Evaluation filtered = new Evaluator(model).evaluate(all);
        Evaluation commonOnly = new Evaluator(model, false).evaluate(common);
        assertThat(filtered.items()).isEqualTo(40);
        assertThat(filtered.excludedAsOutliers()).isEqualTo(10);
        assertThat(filtered.scoredItems()).isEqualTo(30);
        assertThat(filtered.logLoss()).isCloseTo(commonOnly.logLoss(), within(1e-12));
        assertThat(filtered.rmseBins()).isCloseTo(commonOnly.rmseBins(), within(1e-12));
    }

    @Test
    void tooLittleDataIsReportedClearly() {
        Evaluator evaluator = new Evaluator(model);
        assertThatThrownBy(() -> evaluator.evaluate(List.of(history(0, Rating.GOOD, 0, Rating.GOOD), List.of())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nothing to evaluate");
        assertThatThrownBy(() -> evaluator.evaluate(List.of(history(0, Rating.GOOD, 4, Rating.GOOD))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outliers");
        assertThat(new Evaluator(model, false).evaluate(List.of(history(0, Rating.GOOD, 4, Rating.GOOD))).items())
                .isEqualTo(1);
    }

    @Test
    void historiesMustBeChronological() {
        assertThatThrownBy(() -> new Evaluator(model).evaluate(List.of(history(5, Rating.GOOD, 3, Rating.GOOD))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("day 3 follows day 5");
    }

    @Test
    void binsFollowFsrsRs() {
        EvaluationItem item = new EvaluationItem(0.9, true, 1, 1, 0, 3, 1);
        // 2.48 * 3.62^0 * 100, 1.99 * 1.89^floor(log_1.89 2) = 1.99 * 1.89, no lapses
        assertThat(item.bin()).isEqualTo(new EvaluationItem.BinKey(248, 4, 0));
        EvaluationItem later = new EvaluationItem(0.9, true, 40, 6, 3, 3, 1);
        // 2.48 * 3.62^2 * 100, 1.99 * 1.89^3, 1.65 * 1.73^2
        assertThat(later.bin()).isEqualTo(new EvaluationItem.BinKey(3250, 13, 5));
    }
}
