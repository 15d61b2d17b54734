package org.palpate.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * PALPATE_HOME holds the database, its password, the login token, the history and the log: the folder and
 * everything in it are readable by their owner only (700 and 600). New files are made so; a home made by an older
 * version, or files other programs made (H2's lock file, the log), are tightened at each start.
 */
public final class HomeDirectory {

    private HomeDirectory() {
    }

    public static void secure(Path home) {
        try {
            OwnerOnly.createDirectories(home);
            OwnerOnly.tighten(home);
            List<Path> entries;
            try (Stream<Path> walk = Files.walk(home)) {
                entries = walk.skip(1).toList();
            }
            for (Path entry : entries) {
                try {
                    OwnerOnly.tighten(entry);
                } catch (IOException e) {
                    // a file removed meanwhile (H2's temporary files come and go): nothing to protect
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalStateException("cannot make " + home + " private to its owner: " + e.getMessage(), e);
        }
    }
}
