package org.palpate.shell;

import java.io.PrintWriter;

import org.palpate.learner.AccountService;
import org.springframework.stereotype.Component;

/** What the interactive shell says when it opens: who is logged in and what to type first. */
@Component
class Greeting {

    private final AccountService accounts;

    Greeting(AccountService accounts) {
        this.accounts = accounts;
    }

    void print(PrintWriter out) {
        out.println("Palpate — massage-therapy study and quizzes.");
        accounts.current().ifPresentOrElse(
                learner -> out.println("Logged in as " + learner.name() + " (" + learner.role().id() + "). Type 'study' to begin."),
                () -> out.println(accounts.all().isEmpty()
                        ? "No account yet: create one with 'learner add NAME --role student', then 'login NAME'."
                        : "Not logged in: type 'login NAME'."));
        out.println("'help' lists the commands, Tab completes them, 'quit' leaves.");
        out.flush();
    }
}
