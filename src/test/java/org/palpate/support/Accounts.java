package org.palpate.support;

import org.palpate.learner.AccountService;
import org.palpate.learner.Learner;
import org.palpate.learner.Role;
import org.springframework.shell.test.ShellTestClient;

/**
 * Accounts for tests, made the way users make them: the first account is the instructor "teacher", who then adds
 * students. Every password is {@link TestBeans#PASSWORD}.
 */
public final class Accounts {

    public static final String TEACHER = "teacher";

    private Accounts() {
    }

    /** Through the shell: makes sure the teacher exists, adds the student, and logs the student in. */
    public static void student(ShellTestClient shell, String name) throws Exception {
        teacher(shell);
        expect(shell, "learner add " + name + " --role student", "Created student");
        expect(shell, "login " + name, "Logged in as");
    }

    /** Through the shell: the teacher exists and is logged in. */
    public static void teacher(ShellTestClient shell) throws Exception {
        String login = String.join("\n", shell.sendCommand("login " + TEACHER).lines());
        if (!login.contains("Logged in")) {
            expect(shell, "learner add " + TEACHER + " --role instructor", "Created instructor");
            expect(shell, "login " + TEACHER, "Logged in as");
        }
    }

    /** Through the service: a student account (the teacher is created first if needed). */
    public static Learner student(AccountService accounts, String name) {
        char[] password = TestBeans.PASSWORD.toCharArray();
        if (!accounts.hasAccounts()) {
            accounts.add(TEACHER, Role.INSTRUCTOR, password);
        }
        accounts.login(TEACHER, password);
        return accounts.add(name, Role.STUDENT, password);
    }

    private static void expect(ShellTestClient shell, String command, String expected) throws Exception {
        String out = String.join("\n", shell.sendCommand(command).lines());
        if (!out.contains(expected)) {
            throw new AssertionError("'" + command + "' printed: " + out);
        }
    }
}
