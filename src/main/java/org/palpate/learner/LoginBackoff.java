package org.palpate.learner;

import static org.palpate.learner.LearnerRepository.utc;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing without locking anyone out: after {@value #FREE_ATTEMPTS} failed logins for a name,
 * an attempt waits until {@link #WAIT} has passed since the last failure, holding the name's row lock meanwhile, and
 * only then is its password checked. Guesses for one name, from any number of processes and machines, are so checked
 * one after the other at most one a second, while the right password always gets through after at most that short
 * wait (an attacker's wrong tries cannot keep the owner out, as a growing lock-out would). Kept in the database, so
 * that a new process does not reset it; a successful login does.
 */
@Component
class LoginBackoff {

    static final int FREE_ATTEMPTS = 3;
    static final Duration WAIT = Duration.ofSeconds(1);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final LoginPause pause;

    LoginBackoff(JdbcClient jdbc, Clock clock, LoginPause pause) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.pause = pause;
    }

    /**
     * Must run in the login's transaction: the name's row is locked first (an UPDATE that changes nothing), so that
     * parallel attempts for one name wait, are checked and recorded one after the other, each seeing the failures before.
     */
    void waitTurn(String name) {
        record Failures(int count, Instant last) {
        }
        jdbc.sql("UPDATE login_failure SET failures = failures WHERE name = ?").param(key(name)).update();
        Optional<Failures> failures = jdbc.sql("SELECT failures, last_failure_at FROM login_failure WHERE name = ?").param(key(name))
                .query((row, n) -> new Failures(row.getInt(1), row.getObject(2, OffsetDateTime.class).toInstant())).optional();
        if (failures.isEmpty() || failures.get().count() < FREE_ATTEMPTS) {
            return;
        }
        Duration left = Duration.between(clock.instant(), failures.get().last().plus(WAIT));
        if (!left.isNegative() && !left.isZero()) {
            pause.pause(left);
        }
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
