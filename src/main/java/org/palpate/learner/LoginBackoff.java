package org.palpate.learner;

import static org.palpate.learner.LearnerRepository.utc;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.palpate.UserException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after {@value #FREE_ATTEMPTS} failed logins for a name, each further attempt must
 * wait twice as long as the one before (1 s, 2 s, 4 s ... at most 5 minutes). Kept in the database, so that starting
 * a new process does not reset it; a successful login does.
 */
@Component
class LoginBackoff {

    static final int FREE_ATTEMPTS = 3;
    static final Duration MAX_WAIT = Duration.ofMinutes(5);

    private final JdbcClient jdbc;
    private final Clock clock;

    LoginBackoff(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Must run in the login's transaction: the name's row is locked first (an UPDATE that changes nothing), so that
     * parallel attempts for one name are checked and recorded one after the other, each seeing the failures before.
     */
    void checkAllowed(String name) {
        record Failures(int count, Instant last) {
        }
        jdbc.sql("UPDATE login_failure SET failures = failures WHERE name = ?").param(key(name)).update();
        Optional<Failures> failures = jdbc.sql("SELECT failures, last_failure_at FROM login_failure WHERE name = ?").param(key(name))
                .query((row, n) -> new Failures(row.getInt(1), row.getObject(2, OffsetDateTime.class).toInstant())).optional();
        if (failures.isEmpty() || failures.get().count() < FREE_ATTEMPTS) {
            return;
        }
        Duration wait = wait(failures.get().count());
        Duration left = Duration.between(clock.instant(), failures.get().last().plus(wait));
        if (!left.isNegative() && !left.isZero()) {
            throw new UserException("too many failed logins for this name: wait " + Math.max(1, (left.toMillis() + 999) / 1000)
                    + " s and try again");
        }
    }

    static Duration wait(int failures) {
        int doublings = Math.min(failures - FREE_ATTEMPTS, 20);
        Duration wait = Duration.ofSeconds(1L << doublings);
        return wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait;
    }

    void failed(String name) {
        int updated = jdbc.sql("UPDATE login_failure SET failures = failures + 1, last_failure_at = ? WHERE name = ?")
                .params(utc(clock.instant()), key(name)).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO login_failure (name, failures, last_failure_at) VALUES (?, 1, ?)")
                    .params(key(name), utc(clock.instant())).update();
        }
    }

    void succeeded(String name) {
        jdbc.sql("DELETE FROM login_failure WHERE name = ?").param(key(name)).update();
    }

    private static String key(String name) {
        String clean = name == null ? "" : name.strip();
        return clean.length() > 64 ? clean.substring(0, 64) : clean;
    }
}
