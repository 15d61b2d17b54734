package org.palpate.learner;

import java.util.List;

/**
 * An account: a student or an instructor, with their spaced-repetition settings.
 *
 * @param fsrsWeights the 21 FSRS-6 weights the scheduler uses for this learner (their own fit, else the cohort's,
 *                    see docs/optimizer.md); empty for the defaults
 */
public record Learner(long id, String name, Role role, double desiredRetention, int newPerDay, List<Double> fsrsWeights) {

    public Learner {
        fsrsWeights = fsrsWeights == null ? List.of() : List.copyOf(fsrsWeights);
    }

    public Learner(long id, String name, Role role, double desiredRetention, int newPerDay) {
        this(id, name, role, desiredRetention, newPerDay, List.of());
    }
}
