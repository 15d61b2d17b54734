package org.palpate.learner;

import java.time.Duration;

import org.springframework.stereotype.Component;

/** How a login waits its turn (see {@link LoginBackoff}): a sleep; a bean of its own so that tests move a clock instead. */
@Component
public class LoginPause {

    public void pause(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
