package org.palpate.scheduling;

/**
 * The learning-rate schedule of fsrs-rs ({@code cosine_annealing.rs}): PyTorch's recursive cosine annealing from the
 * initial rate down to 0 over {@code tMax} steps. Each step uses the rate before the schedule advances, so the first
 * step uses the full initial rate (as the fsrs-rs 6.5 binding does).
 */
final class CosineAnnealing {
    private final double tMax;
    private final double initial;
    private double steps;
    private double current;

    CosineAnnealing(double tMax, double initial) {
        this.tMax = tMax;
        this.initial = initial;
        this.current = initial;
    }

    /** The rate for the next optimizer step. */
    double step() {
        double rate = current;
        steps++;
        if ((steps - 1 - tMax) % (2 * tMax) == 0) {
            current = initial * (1 - Math.cos(Math.PI / tMax)) / 2;
        } else {
            current = (1 + Math.cos(Math.PI * steps / tMax)) / (1 + Math.cos(Math.PI * (steps - 1) / tMax)) * current;
        }
        return rate;
    }
}
