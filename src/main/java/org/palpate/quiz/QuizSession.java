package org.palpate.quiz;

import java.time.Instant;
import java.util.List;

/** A quiz in the database, so that it survives a crash and can go on in another process. */
public record QuizSession(long id, long learnerId, QuizMode mode, String moduleId, String topicId, List<String> queue,
        int answered, int correct, int planned, Instant startedAt, Instant deadline, int version) {

    public boolean done() {
        return queue.isEmpty();
    }

    /** A timed exam past its deadline takes no more answers. */
    public boolean timeUp(Instant now) {
        return deadline != null && !now.isBefore(deadline);
    }
}
