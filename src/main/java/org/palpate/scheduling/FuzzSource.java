package org.palpate.scheduling;

/**
 * Randomness for interval fuzz, injected so that scheduling stays deterministic in tests. Implementations must
 * return the same fraction for the same seed, e.g. {@code seed -> new java.util.SplittableRandom(seed).nextDouble()}.
 */
@FunctionalInterface
public interface FuzzSource {
    /** A number in [0, 1) derived from {@code seed} only. */
    double fraction(long seed);
}
