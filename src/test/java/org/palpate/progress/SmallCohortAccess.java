package org.palpate.progress;

import org.palpate.learner.AccountService;
import org.palpate.quiz.RecordedReviews;
import org.palpate.support.MutableClock;

/** Lets tests of other packages record {@link SmallCohort}. */
public final class SmallCohortAccess {

    private SmallCohortAccess() {
    }

    public static void record(AccountService accounts, RecordedReviews reviews, MutableClock clock) {
        SmallCohort.record(accounts, reviews, clock);
    }
}
