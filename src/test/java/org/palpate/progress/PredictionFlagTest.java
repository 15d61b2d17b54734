package org.palpate.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.palpate.scheduling.Calibration.Fit;

/** The item-analysis flag for a question most learners recall far less often than the memory model predicts. */
class PredictionFlagTest {

    private static List<Fit> learners(int below, int fine, int reviews) {
        List<Fit> fits = new ArrayList<>();
        for (int i = 0; i < below; i++) {
            fits.add(new Fit(reviews, 0.9, 0.5)); // 40 points under the prediction
        }
        for (int i = 0; i < fine; i++) {
            fits.add(new Fit(reviews, 0.9, 1.0));
        }
        return fits;
    }

    @Test
    void mostOfAtLeastFiveLearnersFarBelowThePredictionFlagTheQuestion() {
        assertThat(ItemAnalysisService.farBelowPrediction(learners(3, 2, 2))).isTrue();
        assertThat(ItemAnalysisService.farBelowPrediction(learners(2, 2, 2))).as("4 learners are too few").isFalse();
        assertThat(ItemAnalysisService.farBelowPrediction(learners(3, 3, 2))).as("half is not most").isFalse();
        assertThat(ItemAnalysisService.farBelowPrediction(learners(5, 0, 1))).as("one predicted review each says little").isFalse();
        // exactly 25 points under counts: 0.9 predicted, 0.65 recalled
        assertThat(ItemAnalysisService.farBelowPrediction(List.of(new Fit(4, 0.9, 0.65), new Fit(4, 0.9, 0.65), new Fit(4, 0.9, 0.65),
                new Fit(4, 0.9, 0.9), new Fit(4, 0.9, 0.9)))).isTrue();
        assertThat(ItemAnalysisService.farBelowPrediction(List.of(new Fit(4, 0.9, 0.66), new Fit(4, 0.9, 0.66), new Fit(4, 0.9, 0.66),
                new Fit(4, 0.9, 0.9), new Fit(4, 0.9, 0.9)))).isFalse();
    }
}
