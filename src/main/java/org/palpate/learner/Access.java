package org.palpate.learner;

import org.palpate.UserException;
import org.springframework.stereotype.Component;

/**
 * The one place that decides who may see or change what: an instructor may read every learner's data, a student
 * only their own. Services call it with the logged-in learner before they read anyone's reviews.
 */
@Component
public class Access {

    private final AccountService accounts;
    private final LearnerRepository learners;

    Access(AccountService accounts, LearnerRepository learners) {
        this.accounts = accounts;
        this.learners = learners;
    }

    /** The logged-in learner, who must be an instructor. */
    public Learner requireInstructor() {
        return accounts.requireInstructor();
    }

    /**
     * The learner named {@code name} (the logged-in one when null), if the logged-in learner may read their data.
     * A student asking for someone else gets the same answer whether or not that name exists: names are not revealed.
     */
    public Learner requireReadable(String name) {
        Learner current = accounts.requireCurrent();
        if (name == null || name.isBlank() || name.strip().equals(current.name())) {
            return current;
        }
        if (current.role() != Role.INSTRUCTOR) {
            throw new UserException("students can read only their own progress");
        }
        return learners.findByName(name.strip()).orElseThrow(() -> new UserException("no learner named '" + name.strip() + "'"));
    }
}
