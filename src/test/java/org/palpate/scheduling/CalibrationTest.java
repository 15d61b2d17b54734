package org.palpate.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Calibration bins on two cards worked out by hand: both start with good (S = w2 = 2.3065); card A is recalled 2
 * days later, predicted R(2) = (1 + 0.98034649 * 2 / 2.3065)^-0.1542 = 0.909493; card B is forgotten 10 days later,
 * predicted R(10) = 0.774367.
 */
class CalibrationTest {

    private final Evaluator evaluator = new Evaluator(FsrsModel.defaults(), false);

    @Test
    void predictionsFallInBinsOfPredictedRecallWithTheShareRecalled() {
        Calibration c = evaluator.calibrate(List.of(
                List.of(new Review(0, Rating.GOOD), new Review(2, Rating.GOOD)),
                List.of(new Review(0, Rating.GOOD), new Review(10, Rating.AGAIN))));
        assertThat(c.items()).isEqualTo(2);
        assertThat(c.bins()).hasSize(2);
        Calibration.Bin low = c.bins().get(0);
        assertThat(low.from()).isCloseTo(0.7, within(1e-12));
        assertThat(low.to()).isCloseTo(0.8, within(1e-12));
        assertThat(low.reviews()).isEqualTo(1);
        assertThat(low.predicted()).isCloseTo(0.774367, within(1e-6));
        assertThat(low.observed()).isZero();
        Calibration.Bin high = c.bins().get(1);
        assertThat(high.from()).isCloseTo(0.9, within(1e-12));
        assertThat(high.predicted()).isCloseTo(0.909493, within(1e-6));
        assertThat(high.observed()).isEqualTo(1.0);
        assertThat(c.meanPredicted()).isCloseTo((0.909493 + 0.774367) / 2, within(1e-6));
        assertThat(c.meanObserved()).isEqualTo(0.5);
        // observed 50% against 84.2% predicted: the model over-estimates by 34 points
        assertThat(c.bias()).isCloseTo(0.5 - 0.841930, within(1e-6));
        // the evaluation of the same predictions: weights 0.25 (first) and 1 (second), as fsrs-rs orders them
        double logLoss = -(0.25 * Math.log(0.909493) + 1 * Math.log(1 - 0.774367)) / 1.25;
        assertThat(c.evaluation().logLoss()).isCloseTo(logLoss, within(1e-5));
        assertThat(c.evaluation().items()).isEqualTo(2);
    }

    @Test
    void oneHistoryFitsItsPredictions() {
        Calibration.Fit a = evaluator.fit(List.of(new Review(0, Rating.GOOD), new Review(2, Rating.GOOD)));
        assertThat(a.reviews()).isEqualTo(1);
        assertThat(a.predicted()).isCloseTo(0.909493, within(1e-6));
        assertThat(a.observed()).isEqualTo(1.0);
        assertThat(evaluator.fit(List.of(new Review(0, Rating.GOOD), new Review(0, Rating.GOOD))).reviews()).as("same day").isZero();
    }

    @Test
    void nothingToCalibrateWithoutAReviewADayAfterAnother() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> evaluator.calibrate(List.of(List.of(new Review(0, Rating.GOOD)))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
