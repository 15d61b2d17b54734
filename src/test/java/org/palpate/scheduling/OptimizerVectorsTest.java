package org.palpate.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The optimizer's building blocks against fsrs-rs's own test vectors ({@code training.rs test_loss_and_grad},
 * {@code optimizer.rs}, {@code parameter_initialization.rs}); tolerance 1e-4 absolute as upstream unless stated.
 */
class OptimizerVectorsTest {
    private static final double[] AFTER_ONE_STEP = {0.252, 1.3331, 2.3464994, 8.2556, 6.3733, 0.87340003, 2.9794,
            0.040999997, 1.8322, 0.20660001, 0.756, 1.5235, 0.021400042, 0.3029, 1.6882998, 0.64140004, 1.8329, 0.5025,
            0.13119997, 0.1058, 0.1142};
    private static final double[] GRADIENT_AFTER_ONE_STEP = {-0.040530164, -0.0041278866, -0.0010157757, 0.007239434,
            0.009321215, -0.120117955, 0.039143264, -0.8628009, 0.5794302, -2.5713828, 0.7669307, -0.024242667, 0.0,
            -0.16912507, -0.0017008218, -0.061857328, 0.28093633, 0.064058185, 0.0063592787, -0.1903223, 0.6257775};
    private static final double[] AFTER_TWO_STEPS = {0.2882918, 1.3726242, 2.3861322, 8.215636, 6.339965, 0.9130969,
            2.940639, 0.07696985, 1.7921946, 0.2464217, 0.71595186, 1.5631561, 0.001, 0.34230903, 1.7282416, 0.68038,
            1.7929853, 0.46258268, 0.14039303, 0.14509967, 0.1};

    private static void assertClose(double[] actual, double[] expected, double tolerance) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.length; i++) {
            assertThat(actual[i]).as("w%d", i).isCloseTo(expected[i], within(tolerance));
        }
    }

    @Test
    void twoAdamStepsOnTheFourCardBatch() {
        double[] weights = FsrsModel.defaultWeights();
        double[] grad = new double[21];
        FsrsGradientTest.batchLoss(weights, grad);
        Adam adam = new Adam(21);
        adam.step(0.04, weights, grad);
        weights = FsrsModel.clip(weights, 1, true);
        assertClose(weights, AFTER_ONE_STEP, 1e-4);

        // with gamma 2, batch 512 of 1000 items, towards the defaults
        double penalty = FsrsOptimizer.l2Penalty(weights, FsrsModel.defaultWeights(), 512, 1000) * 2.0;
        assertThat(penalty).isCloseTo(0.67711145, within(1e-4));

        double[] second = new double[21];
        assertThat(FsrsGradientTest.batchLoss(weights, second)).isCloseTo(3.767796, within(1e-4));
        assertClose(second, GRADIENT_AFTER_ONE_STEP, 1e-4);
        adam.step(0.04, weights, second);
        weights = FsrsModel.clip(weights, 1, true);
        assertClose(weights, AFTER_TWO_STEPS, 1e-4);
    }

    @Test
    void l2GradientIsTheDerivativeOfThePenalty() {
        double[] init = FsrsModel.defaultWeights();
        double[] grad = new double[21];
        FsrsOptimizer.addL2Gradient(AFTER_ONE_STEP, init, 512, 1000, grad);
        double[] expected = {0.0019813816, 0.00087788026, 0.00026506148, -0.000105618295, -0.25213888, 1.0448985,
                -0.22755535, 5.688889, -0.5385926, 2.5283954, -0.75225013, 0.9102214, -10.113569, 3.1999993, 0.2521374,
                1.3107208, -0.07721739, -0.85244584, 0.79999936, 4.1795917, -1.1237311};
        for (int i = 0; i < 21; i++) {
            grad[i] *= 2.0; // the vector was taken with gamma 2
        }
        assertClose(grad, expected, 1e-3);
    }

    @Test
    void forgettingCurveAndLossOfTheInitialStabilitySearch() {
        List<InitialStability.Group> groups = List.of(new InitialStability.Group(1, 0.86666667, 435),
                new InitialStability.Group(2, 0.90721649, 97), new InitialStability.Group(3, 0.73015873, 63),
                new InitialStability.Group(4, 0.76315789, 38), new InitialStability.Group(5, 0.67857143, 28));
        double defaultS0 = (float) 0.212;
        assertThat(InitialStability.loss(groups, 0.7840586, defaultS0)).isCloseTo(279.9206961069712, within(1e-9));
        assertThat(InitialStability.loss(groups, 0.7840590622451964, defaultS0))
                .isCloseTo(279.9206977311556, within(1e-9));
        assertThat(InitialStability.search(groups, 0.94302857, defaultS0)).isCloseTo(0.7355089, within(1e-4));
    }

    @Test
    void smoothAndFillOfInitialStabilities() {
        double[] filled = InitialStability.smoothAndFill(Map.of(1, 0.4, 3, 2.3, 4, 10.9),
                Map.of(1, 1, 2, 1, 3, 1, 4, 1));
        assertClose(filled, new double[] {0.4, 1.1227008, 2.3, 10.9}, 1e-6);
        double[] scaled = InitialStability.smoothAndFill(Map.of(2, 0.35), Map.of(2, 1));
        assertClose(scaled, new double[] {0.05738148, 0.35, 0.6242943, 2.2453482}, 1e-6);
    }
}
