package org.palpate.curriculum;

import java.util.Comparator;

/**
 * One finding of the validator. {@code file} is the curriculum directory as the caller passed it, resolved with
 * the file's relative path; {@code line} and {@code column} are 1-based (1:1 when a whole file or folder is meant).
 */
public record Problem(Severity severity, String file, int line, int column, String message) {

    /** Order used for reports: by file, then position; ties keep insertion order (a stable sort is used). */
    public static final Comparator<Problem> BY_LOCATION = Comparator.comparing(Problem::file)
            .thenComparingInt(Problem::line)
            .thenComparingInt(Problem::column);

    /** {@code file:line:column: message}, warnings as {@code file:line:column: warning: message}. */
    public String format() {
        String prefix = severity == Severity.WARNING ? "warning: " : "";
        return file + ":" + line + ":" + column + ": " + prefix + message;
    }

    @Override
    public String toString() {
        return format();
    }
}
