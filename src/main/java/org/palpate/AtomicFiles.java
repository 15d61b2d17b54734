package org.palpate;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Files that appear whole or not at all: written under a temporary name in the same folder, forced to disk, then
 * given their final name in one step. See docs/backup-and-restore.md.
 */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    /** A temporary file beside {@code target}, readable by its owner only, that {@link #publishNew} can rename. */
    public static Path temporaryBeside(Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        return OwnerOnly.createTempFile(dir, "." + target.getFileName() + ".", ".partial");
    }

    /**
     * Gives {@code temporary} the name {@code target}, which must not exist: a hard link fails atomically when the
     * name is taken (a rename would replace it); where links are not supported, an atomic rename after a check.
     */
    public static void publishNew(Path temporary, Path target) throws IOException {
        force(temporary);
        try {
            Files.createLink(target, temporary);
            Files.delete(temporary);
        } catch (FileAlreadyExistsException e) {
            Files.deleteIfExists(temporary);
            throw e;
        } catch (UnsupportedOperationException | FileSystemException e) {
            if (Files.exists(target)) {
                Files.deleteIfExists(temporary);
                throw new FileAlreadyExistsException(target.toString());
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        }
        forceDirectory(target.toAbsolutePath().getParent());
    }

    /**
     * Gives {@code target} these bytes in one rename, so a reader or a crash sees the old file or the new one, whole.
     * The file keeps its permissions; a new one gets rw-r--r--, as a text file written in place would under the
     * usual umask (not the owner-only default of {@link #temporaryBeside}).
     */
    public static void replaceContent(Path target, byte[] content) throws IOException {
        Path temporary = temporaryBeside(target);
        try {
            Files.write(temporary, content);
            if (OwnerOnly.posix()) {
                Files.setPosixFilePermissions(temporary, Files.exists(target)
                        ? Files.getPosixFilePermissions(target) : PosixFilePermissions.fromString("rw-r--r--"));
            }
            replace(temporary, target);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Replaces {@code target} (if any) with {@code source} in one rename (both in one folder). */
    public static void replace(Path source, Path target) throws IOException {
        force(source);
        Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        forceDirectory(target.toAbsolutePath().getParent());
    }

    static void force(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /** Makes a rename durable; some systems cannot open a folder for this, and then the rename is all there is. */
    static void forceDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // not supported on this system
        }
    }
}
