package org.palpate.shell;

import java.io.PrintWriter;
import java.util.Arrays;

import org.palpate.UserException;
import org.palpate.learner.AccountService;
import org.palpate.learner.Learner;
import org.palpate.learner.Role;
import org.springframework.shell.core.InputReader;
import org.springframework.stereotype.Component;

/**
 * What the interactive shell says when it opens: who is logged in and what to type first. On a database with no
 * account yet it offers to create the first instructor right away, since every other account needs one.
 */
@Component
class Greeting {

    private final AccountService accounts;

    Greeting(AccountService accounts) {
        this.accounts = accounts;
    }

    void print(PrintWriter out, InputReader in) {
        out.println("Palpate — massage-therapy study and quizzes.");
        if (!accounts.hasAccounts()) {
            offerFirstInstructor(out, in);
        }
        accounts.current().ifPresentOrElse(
                learner -> out.println("Logged in as " + Text.printable(learner.name()) + " (" + learner.role().id()
                        + "). Type 'study' to begin."),
                () -> out.println("Not logged in: type 'login NAME'."));
        out.println("'help' lists the commands, Tab completes them, 'quit' leaves.");
        out.flush();
    }

    /** Tries a name and password up to this many times before leaving it to 'learner add'. */
    static final int FIRST_ACCOUNT_TRIES = 3;

    private void offerFirstInstructor(PrintWriter out, InputReader in) {
        out.println("There is no account yet. The first account is an instructor's; instructors then add the students.");
        out.flush();
        try {
            String name = in.readInput("Your name (Enter to skip): ");
            if (name == null || name.isBlank()) {
                out.println("Skipped: create it later with 'learner add NAME'.");
                return;
            }
            for (int attempt = 1; attempt <= FIRST_ACCOUNT_TRIES; attempt++) {
                try {
                    char[] password = in.readPassword("Password (at least 8 characters): ");
                    if (!Arrays.equals(password, in.readPassword("The same password again: "))) {
                        throw new UserException("the two passwords differ");
                    }
                    accounts.add(name, Role.INSTRUCTOR, password);
                    Learner learner = accounts.login(name, password);
                    out.println("Created instructor " + Text.quote(learner.name()) + ".");
                    return;
                } catch (UserException e) {
                    // a password too short or typed differently is asked for again, not a reason to give up the offer
                    out.println("Error: " + e.getMessage() + (attempt < FIRST_ACCOUNT_TRIES ? ". Try again." : "."));
                    out.flush();
                }
            }
            out.println("Create the first account with 'learner add NAME'.");
        } catch (Exception e) {
            out.println("Skipped: create the first account with 'learner add NAME'.");
        }
    }
}
