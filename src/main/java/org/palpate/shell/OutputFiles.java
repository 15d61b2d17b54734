package org.palpate.shell;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.palpate.UserException;
import org.palpate.AtomicFiles;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Files written with --out: never inside PALPATE_HOME (a report written over palpate.mv.db corrupted the database),
 * never over an existing file without --force, and whole or not at all (temporary file, then one rename).
 */
@Component
class OutputFiles {

    private final Path home;

    OutputFiles(@Value("${palpate.home}") Path home) {
        this.home = home;
    }

    Path write(String out, boolean force, String text) {
        Path path;
        try {
            path = Path.of(out.strip()).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new UsageException("--out: not a valid file name: " + out);
        }
        if (inside(path, real(home))) {
            throw new UserException("--out: " + path + " is inside PALPATE_HOME (" + home + "), where Palpate keeps its database; "
                    + "write the file somewhere else");
        }
        if (Files.exists(path) && !force) {
            throw new UserException("--out: " + path + " already exists; add --force to replace it");
        }
        try {
            Path temporary = AtomicFiles.temporaryBeside(path);
            try {
                Files.writeString(temporary, text, StandardCharsets.UTF_8);
                AtomicFiles.replace(temporary, path);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UserException("cannot write " + path + ": " + e.getMessage());
        }
        return path;
    }

    /** Compared as the file system resolves them, so a link or ".." cannot lead into the home. */
    private static boolean inside(Path path, Path realHome) {
        Path parent = path.getParent();
        Path resolved = parent == null ? path : real(parent).resolve(path.getFileName());
        if (Files.isSymbolicLink(resolved)) {
            resolved = real(resolved);
        }
        return resolved.startsWith(realHome);
    }

    private static Path real(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            Path parent = path.toAbsolutePath().getParent();
            return parent == null ? path.toAbsolutePath() : real(parent).resolve(path.getFileName());
        }
    }
}
