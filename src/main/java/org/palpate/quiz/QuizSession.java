package org.palpate.quiz;

import java.time.Instant;
import java.util.List;

/**
 * A quiz in the database, so that it survives a crash and can go on in another process. {@code presented} is the
 * question that {@code quiz next} last showed and nobody has answered since (null when none is on screen);
 * {@code retyped} is the question whose one retype after a near miss was used.
 */
public record QuizSession(long id, long learnerId, QuizMode mode, String moduleId, String topicId, List<String> queue,
        int answered, int correct, int planned, Instant startedAt, Instant deadline, int version, String presented,
        String retyped) {

    public boolean done() {
        return queue.isEmpty();
    }

    /** The question to answer now, or null when none is left. */
    public String head() {
        return queue.isEmpty() ? null : queue.get(0);
    }

    /** Whether the question to answer now is the one that was shown, so an answer to it is an answer to what was read. */
    public boolean headShown() {
        return !queue.isEmpty() && queue.get(0).equals(presented);
    }

    /** A timed exam past its deadline takes no more answers. */
    public boolean timeUp(Instant now) {
        return deadline != null && !now.isBefore(deadline);
    }
}
