package org.palpate.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** fsrs-rs {@code training.rs test_loss_and_grad}: one batch of 4 cards, default weights, every weight 1. */
class FsrsGradientTest {
    // rows are time steps, columns are cards
    static final int[][] T_HISTORYS = {{0, 0, 0, 0}, {0, 0, 0, 0}, {0, 0, 0, 1}, {0, 1, 1, 3}, {1, 3, 3, 5},
            {3, 6, 6, 12}};
    static final int[][] R_HISTORYS = {{1, 2, 3, 4}, {3, 4, 2, 4}, {1, 4, 4, 3}, {4, 3, 3, 3}, {3, 1, 3, 3},
            {2, 3, 3, 4}};
    static final int[] DELTA_TS = {4, 11, 12, 23};
    static final int[] LABELS = {1, 1, 1, 0};

    static final double[] EXPECTED_GRADIENT = {-0.095688485, -0.0051607806, -0.0012249565, 0.007462064,
            0.03650761, -0.082112335, 0.0593964, -2.1474836, 0.57626534, -2.8751316, 0.7154875, -0.028993709,
            0.0099172965, -0.2189217, -0.0017800558, -0.089381434, 0.299141, 0.068104014, -0.011605468,
            -0.25398168, 0.27700496};

    /** The batch's summed loss; {@code grad} receives its gradient. */
    static double batchLoss(double[] weights, double[] grad) {
        FsrsGradient gradient = new FsrsGradient(weights);
        double loss = 0;
        for (int card = 0; card < 4; card++) {
            int[] grades = new int[7];
            int[] gaps = new int[7];
            for (int step = 0; step < 6; step++) {
                grades[step] = R_HISTORYS[step][card];
                gaps[step] = T_HISTORYS[step][card];
            }
            grades[6] = LABELS[card] == 1 ? 3 : 1;
            gaps[6] = DELTA_TS[card];
            loss += gradient.sweep(grades, gaps, new int[] {6}, new double[] {1}, 0, 1, grad);
        }
        return loss;
    }

    @Test
    void lossAndGradientOfTheFourCardBatch() {
        double[] grad = new double[21];
        assertThat(batchLoss(FsrsModel.defaultWeights(), grad)).isCloseTo(4.0466027, within(1e-5));
        for (int i = 0; i < 21; i++) {
            assertThat(grad[i]).as("d loss / d w%d", i).isCloseTo(EXPECTED_GRADIENT[i], within(1e-5));
        }
    }
}
