package org.palpate.support;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.palpate.learner.LoginPause;

/** A login's wait that moves the test clock instead of sleeping, and adds up how long logins have waited. */
public class ClockPause extends LoginPause {

    private final MutableClock clock;
    private final AtomicLong waitedMillis = new AtomicLong();

    public ClockPause(MutableClock clock) {
        this.clock = clock;
    }

    @Override
    public void pause(Duration wait) {
        clock.advance(wait);
        waitedMillis.addAndGet(wait.toMillis());
    }

    public Duration waited() {
        return Duration.ofMillis(waitedMillis.get());
    }
}
