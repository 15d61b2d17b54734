package org.palpate.scheduling;

/**
 * The two FSRS memory variables: stability S (days until retrievability falls to 90 %) and
 * difficulty D (1 = easiest ... 10 = hardest).
 */
public record MemoryState(double stability, double difficulty) {
    public MemoryState {
        if (!Double.isFinite(stability) || !Double.isFinite(difficulty)) {
            throw new IllegalArgumentException(
                    "stability and difficulty must be finite numbers, were " + stability + " and " + difficulty);
        }
    }
}
