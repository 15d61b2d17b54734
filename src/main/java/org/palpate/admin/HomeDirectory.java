package org.palpate.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.palpate.OwnerOnly;

/**
 * PALPATE_HOME holds the database, its password, the login token, the history and the log: the folder and
 * Palpate's files in it are readable by their owner only (700 and 600); other files someone keeps there are left
 * as they are. New files are made so; a home made by an older version, or files other programs made (H2's lock
 * file, the log), are tightened at each start.
 */
public final class HomeDirectory {

    private HomeDirectory() {
    }

    /** Palpate's own entries of the home: only these are tightened, in case PALPATE_HOME is a folder with other files. */
    private static final Pattern OURS = Pattern.compile("palpate\\..*|db-password.*|session|history|last-good-curriculum.*"
            + "|before-restore-.*|restore-.*|\\..*\\.partial");

    public static void secure(Path home) {
        try {
            OwnerOnly.createDirectories(home);
            OwnerOnly.tighten(home);
            List<Path> entries;
            try (Stream<Path> top = Files.list(home)) {
                entries = top.filter(p -> OURS.matcher(p.getFileName().toString()).matches()).toList();
            }
            for (Path entry : entries) {
                tightenTree(entry);
            }
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalStateException("cannot make " + home + " private to its owner: " + e.getMessage(), e);
        }
    }

    private static void tightenTree(Path entry) throws IOException {
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(entry)) {
            paths = walk.toList();
        } catch (IOException | UncheckedIOException e) {
            return; // removed meanwhile (H2's temporary files come and go): nothing to protect
        }
        for (Path path : paths) {
            try {
                OwnerOnly.tighten(path);
            } catch (IOException e) {
                // removed meanwhile
            }
        }
    }
}
