package org.palpate.scheduling;

/**
 * The Adam optimizer as fsrs-rs runs it ({@code optimizer.rs}, mirroring Burn's): β1 0.9, β2 0.999, ε 1e-8, bias
 * correction, no weight decay. One instance keeps the moments of one training run.
 */
final class Adam {
    private static final double BETA1 = 0.9;
    private static final double BETA2 = 0.999;
    private static final double EPSILON = 1e-8;

    private final double[] moment1;
    private final double[] moment2;
    private int time;

    Adam(int size) {
        moment1 = new double[size];
        moment2 = new double[size];
    }

    /** Moves {@code weights} (in place) one step against {@code gradient}. */
    void step(double learningRate, double[] weights, double[] gradient) {
        time++;
        double correction1 = 1 - Math.pow(BETA1, time);
        double correction2 = 1 - Math.pow(BETA2, time);
        for (int i = 0; i < weights.length; i++) {
            double g = gradient[i];
            moment1[i] = moment1[i] * BETA1 + g * (1 - BETA1);
            moment2[i] = moment2[i] * BETA2 + g * g * (1 - BETA2);
            double update = (moment1[i] / correction1) / (Math.sqrt(moment2[i] / correction2) + EPSILON);
            weights[i] -= learningRate * update;
        }
    }
}
