package org.palpate.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.palpate.learner.AccountService;
import org.palpate.support.PalpateTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.shell.core.InputReader;
import org.springframework.test.context.TestPropertySource;

/** The shell's first-run offer of the instructor account, on an empty database of its own. */
@PalpateTest
@TestPropertySource(properties = "palpate.test.database=greeting")
class GreetingTest {

    @Autowired
    Greeting greeting;
    @Autowired
    AccountService accounts;

    @Test
    void aRejectedFirstPasswordIsAskedForAgainInsteadOfDroppingTheOffer() {
        Deque<String> typed = new ArrayDeque<>(List.of("Kim", "short", "short", "long enough 1", "long enough 2",
                "long enough", "long enough"));
        InputReader in = new InputReader() {
            @Override
            public String readInput(String prompt) {
                return typed.poll();
            }

            @Override
            public char[] readPassword(String prompt) {
                return typed.poll().toCharArray();
            }
        };
        StringWriter out = new StringWriter();
        greeting.print(new PrintWriter(out), in);
        assertThat(out.toString()).contains("at least 8 characters. Try again.", "the two passwords differ. Try again.",
                "Created instructor Kim.", "Logged in as Kim (instructor)");
        assertThat(accounts.hasAccounts()).isTrue();
    }
}
