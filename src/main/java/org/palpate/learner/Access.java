package org.palpate.learner;

import java.util.Optional;

import org.palpate.UserException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The one place that decides who may see or change what: an instructor may read every learner's data, a student
 * only their own. Services call it with the logged-in learner before they read anyone's reviews; every "instructors
 * only" check in Palpate goes through here.
 */
@Component
public class Access {

    private final LoginSessions sessions;
    private final LearnerRepository learners;
    /** Set on a lab machine of the school set-up: the connection is the login (null elsewhere). */
    private final LearnerConnections connections;

    Access(LoginSessions sessions, LearnerRepository learners, ObjectProvider<LearnerConnections> connections) {
        this.sessions = sessions;
        this.learners = learners;
        this.connections = connections.getIfAvailable();
    }

    public static boolean isInstructor(Learner learner) {
        return learner.role() == Role.INSTRUCTOR;
    }

    /** The logged-in learner, if any. */
    public Optional<Learner> current() {
        if (connections != null) {
            return connections.user().flatMap(learners::findByName);
        }
        return sessions.current().flatMap(learners::findById);
    }

    public Learner requireCurrent() {
        return current().orElseThrow(() -> new UserException("nobody is logged in: run 'login NAME' first"));
    }

    /** The logged-in learner, who must be an instructor. */
    public Learner requireInstructor() {
        Learner current = requireCurrent();
        if (!isInstructor(current)) {
            throw new UserException("only instructors can do this");
        }
        return current;
    }

    /**
     * The learner named {@code name} (the logged-in one when null), if the logged-in learner may read their data.
     * A student asking for someone else gets the same answer whether or not that name exists: names are not revealed.
     */
    public Learner requireReadable(String name) {
        return requireSelfOrInstructor(name, "students can read only their own progress");
    }

    /**
     * The learner named {@code name} (the logged-in one when null) if that is the logged-in learner or the logged-in
     * learner is an instructor; a student naming someone else gets {@code refusal}, whether or not the name exists.
     */
    public Learner requireSelfOrInstructor(String name, String refusal) {
        Learner current = requireCurrent();
        if (name == null || name.isBlank() || name.strip().equals(current.name())) {
            return current;
        }
        if (!isInstructor(current)) {
            throw new UserException(refusal);
        }
        return learners.findByName(name.strip()).orElseThrow(() -> new UserException("no learner named '" + name.strip() + "'"));
    }
}
