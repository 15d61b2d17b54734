package org.palpate.learner;

/** An account: a student or an instructor, with their spaced-repetition settings. */
public record Learner(long id, String name, Role role, double desiredRetention, int newPerDay) {
}
