package org.palpate.admin;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.palpate.OwnerOnly;

/**
 * Checked before anything starts: that PALPATE_HOME is a folder Palpate can write. Otherwise the log file, the
 * database and the session all fail one after another, and the logging library prints its own errors with stack
 * traces; this says once what is wrong and where.
 */
public final class HomeWritable {

    private static final int PROBE_BYTES = 4096; // a full disk often still has room for an empty file

    private HomeWritable() {
    }

    /** The home of this run: {@code --palpate.home=DIR}, else PALPATE_HOME, else ~/.palpate (as application.properties). */
    public static Path of(String[] args) {
        for (String arg : args) {
            if (arg.startsWith("--palpate.home=")) {
                return Path.of(arg.substring("--palpate.home=".length()));
            }
        }
        String env = System.getenv("PALPATE_HOME");
        return env != null && !env.isBlank() ? Path.of(env) : Path.of(System.getProperty("user.home"), ".palpate");
    }

    /** Why Palpate cannot write in {@code home}, if it cannot: one line for the user. */
    public static Optional<String> problem(Path home) {
        if (Files.exists(home) && !Files.isDirectory(home)) {
            return Optional.of("PALPATE_HOME " + home + " is a file, not a folder; set PALPATE_HOME to a folder");
        }
        Path probe = null;
        try {
            OwnerOnly.createDirectories(home);
            probe = OwnerOnly.createTempFile(home, ".write-check-", ".partial");
            Files.write(probe, new byte[PROBE_BYTES]);
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("cannot write in PALPATE_HOME " + home + ": " + reason(e)
                    + "; free some space, or set PALPATE_HOME to a folder you can write");
        } finally {
            if (probe != null) {
                try {
                    Files.deleteIfExists(probe);
                } catch (IOException e) {
                    // the next check removes nothing of value either way
                }
            }
        }
    }

    private static String reason(IOException e) {
        if (e instanceof FileAlreadyExistsException) {
            return e.getMessage() + " is a file, not a folder";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason(); // "Read-only file system"; a full disk is a plain IOException: "No space left on device"
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
