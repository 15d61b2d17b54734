package org.palpate;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/** Files and folders readable by their owner only (600 and 700), where the file system has POSIX permissions. */
public final class OwnerOnly {

    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");

    private OwnerOnly() {
    }

    public static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    public static Path createTempFile(Path dir, String prefix, String suffix) throws IOException {
        return posix() ? Files.createTempFile(dir, prefix, suffix, attribute(FILE)) : Files.createTempFile(dir, prefix, suffix);
    }

    public static Path createFile(Path file) throws IOException {
        return posix() ? Files.createFile(file, attribute(FILE)) : Files.createFile(file);
    }

    public static Path createDirectories(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return dir;
        }
        return posix() ? Files.createDirectories(dir, attribute(FOLDER)) : Files.createDirectories(dir);
    }

    /** Tightens one existing file or folder (not following links: a link's target is not ours to change). */
    public static void tighten(Path path) throws IOException {
        if (!posix() || Files.isSymbolicLink(path)) {
            return;
        }
        Set<PosixFilePermission> wanted = Files.isDirectory(path) ? FOLDER : FILE;
        if (!Files.getPosixFilePermissions(path).equals(wanted)) {
            Files.setPosixFilePermissions(path, wanted);
        }
    }

    private static FileAttribute<Set<PosixFilePermission>> attribute(Set<PosixFilePermission> permissions) {
        return PosixFilePermissions.asFileAttribute(permissions);
    }
}
