package org.palpate.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class RetentionSimulatorTest {
    private final FsrsModel model = FsrsModel.defaults();
    private final RetentionSimulator simulator = new RetentionSimulator(model);

    @Test
    void aCardNotDueBeforeTheEndIsOnlyForgotten() {
        var learner = new RetentionSimulator.Learner(List.of(new RetentionSimulator.Card(400, 5, 200, -10)), 0, 10, 0.7);
        RetentionSimulator.Outcome outcome = simulator.simulate(learner, 90, 0.9, 1);
        assertThat(outcome.reviewsPerDay()).isZero();
        assertThat(outcome.expectedRecall()).isCloseTo(model.retrievability(100, 400), within(1e-12));
    }

    @Test
    void newQuestionsAreIntroducedAtTheDailyLimit() {
        var learner = new RetentionSimulator.Learner(List.of(), 25, 10, 1.0);
        // 10 + 10 + 5 new questions on the first three days, then only reviews
        RetentionSimulator.Outcome oneDay = simulator.simulate(learner, 1, 0.9, 1);
        assertThat(oneDay.reviewsPerDay()).isEqualTo(10);
        assertThat(oneDay.expectedRecall()).isCloseTo(10 * model.retrievability(1, model.initial(Rating.GOOD).stability()) / 25,
                within(1e-12));
    }

    @Test
    void aHigherRetentionCostsMoreReviewsAndGivesMoreRecall() {
        var learner = new RetentionSimulator.Learner(List.of(), 190, 10, 0.7);
        List<RetentionSimulator.Outcome> outcomes = simulator.compare(learner, 90, new double[] {0.80, 0.85, 0.90, 0.95}, 7);
        for (int i = 1; i < outcomes.size(); i++) {
            assertThat(outcomes.get(i).reviewsPerDay()).isGreaterThan(outcomes.get(i - 1).reviewsPerDay());
            assertThat(outcomes.get(i).expectedRecall()).isGreaterThan(outcomes.get(i - 1).expectedRecall());
        }
        assertThat(simulator.compare(learner, 90, new double[] {0.9}, 7).get(0)).isEqualTo(outcomes.get(2));
    }
}
