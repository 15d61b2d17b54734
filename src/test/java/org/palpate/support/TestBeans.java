package org.palpate.support;

import java.time.Instant;

import org.palpate.shell.PasswordSource;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.shell.core.command.CommandContext;

@TestConfiguration(proxyBeanMethods = false)
public class TestBeans {

    public static final String PASSWORD = "correct horse";
    public static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

    @Bean
    @Primary
    MutableClock testClock() {
        return new MutableClock(START);
    }

    /** Logins that wait their turn move the test clock instead of sleeping. */
    @Bean
    @Primary
    ClockPause testLoginPause(MutableClock clock) {
        return new ClockPause(clock);
    }

    /** ShellTestClient cannot type; every password prompt gets {@link #PASSWORD}. */
    @Bean
    @Primary
    PasswordSource testPasswords() {
        return new PasswordSource() {
            @Override
            public char[] read(CommandContext context, String prompt) {
                return PASSWORD.toCharArray();
            }
        };
    }
}
