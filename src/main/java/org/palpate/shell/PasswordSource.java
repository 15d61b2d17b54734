package org.palpate.shell;

import java.util.Arrays;

import org.palpate.UserException;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.stereotype.Component;

/**
 * Reads a password: with no echo on a terminal, from standard input otherwise (so scripts can pipe it in).
 * A bean of its own so that tests driving commands through ShellTestClient can supply one.
 */
@Component
public class PasswordSource {

    /** A new password, typed twice so that a typo cannot lock anyone out. */
    public char[] readNew(CommandContext context, String who) {
        char[] first = read(context, "New password for " + who + " (at least 8 characters): ");
        char[] again = read(context, "The same password again: ");
        if (!Arrays.equals(first, again)) {
            throw new UserException("the two passwords differ; nothing was changed");
        }
        return first;
    }

    public char[] read(CommandContext context, String prompt) {
        char[] password;
        try {
            password = context.inputReader().readPassword(prompt);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new UserException("the password is not valid UTF-8 text; nothing was done");
        } catch (UnsupportedOperationException e) {
            throw new UserException("cannot read a password here: run this command in the shell or pipe the password in");
        } catch (Exception e) {
            throw new UserException("cannot read the password: " + e.getMessage());
        }
        if (password == null) {
            throw new UserException("no password was given");
        }
        return password;
    }
}
