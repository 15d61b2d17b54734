package org.palpate;

/**
 * A mistake the user can fix (unknown module, wrong answer format, not logged in...).
 * The shell prints its message as one line and exits with status 1; it never shows a stack trace.
 */
public class UserException extends RuntimeException {

    public UserException(String message) {
        super(message);
    }
}
