package org.palpate.scheduling;

/** The learner's answer to a review, with the grade number FSRS uses (1 = Again ... 4 = Easy). */
public enum Rating {
    AGAIN(1), HARD(2), GOOD(3), EASY(4);

    private final int grade;

    Rating(int grade) {
        this.grade = grade;
    }

    public int grade() {
        return grade;
    }

    /** True for every rating except Again: the learner recalled the answer. */
    public boolean isRecall() {
        return this != AGAIN;
    }

    public static Rating ofGrade(int grade) {
        for (Rating rating : values()) {
            if (rating.grade == grade) {
                return rating;
            }
        }
        throw new IllegalArgumentException("a rating must be 1 (again), 2 (hard), 3 (good) or 4 (easy), was " + grade);
    }
}
