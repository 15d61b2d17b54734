package org.palpate.shell;

/** Wrong usage of a command (unknown command or option, missing or malformed value): exit status 2. */
public class UsageException extends RuntimeException {

    public UsageException(String message) {
        super(message);
    }
}
