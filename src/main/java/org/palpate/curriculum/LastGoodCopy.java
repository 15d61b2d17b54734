package org.palpate.curriculum;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.stream.Stream;

import org.palpate.AtomicFiles;

/**
 * The last version of a curriculum folder that loaded without errors, kept in PALPATE_HOME for the day an edit breaks
 * it. Each folder has its own copy, named after a hash of the folder's absolute path, so two curricula used from one
 * home never take each other's copy. A copy is made whole in a folder of its own and then named in the pointer file
 * {@code last-good-curriculum-HASH} (replaced in one rename): a process killed mid-copy leaves the previous copy in
 * use and only an unnamed folder behind, never a half-made copy.
 */
final class LastGoodCopy {

    static final String PREFIX = "last-good-curriculum-";
    private static final String FINGERPRINT = ".fingerprint";
    private final Path home;

    LastGoodCopy(Path home) {
        this.home = home;
    }

    /** The whole copy kept for {@code dir}, if there is one. */
    Optional<Path> find(Path dir) {
        Path pointer = pointer(dir);
        try {
            String name = Files.isRegularFile(pointer) ? Files.readString(pointer).strip() : "";
            Path copy = home.resolve(name);
            return name.startsWith(pointer.getFileName() + "-") && !name.contains("/") && Files.isDirectory(copy)
                    ? Optional.of(copy) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Keeps a copy of {@code dir}; skipped when its files have not changed since the last copy. */
    void keep(Path dir) throws IOException {
        String fingerprint = fingerprint(dir);
        Optional<Path> previous = find(dir);
        if (previous.isPresent() && Files.isRegularFile(previous.get().resolve(FINGERPRINT))
                && Files.readString(previous.get().resolve(FINGERPRINT)).equals(fingerprint)) {
            return;
        }
        Files.createDirectories(home);
        Path fresh = Files.createTempDirectory(home, pointer(dir).getFileName() + "-");
        try {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.toList()) {
                    Path copy = fresh.resolve(dir.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(copy);
                    } else {
                        Files.copy(p, copy);
                    }
                }
            }
            Files.writeString(fresh.resolve(FINGERPRINT), fingerprint);
            AtomicFiles.replaceContent(pointer(dir), fresh.getFileName().toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            CurriculumLocation.deleteRecursively(fresh);
            throw e;
        }
        if (previous.isPresent()) {
            CurriculumLocation.deleteRecursively(previous.get());
        }
    }

    private Path pointer(Path dir) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(dir.toAbsolutePath().normalize().toString()
                    .getBytes(StandardCharsets.UTF_8));
            return home.resolve(PREFIX + HexFormat.of().formatHex(hash, 0, 8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** Every file's path, size and modification time: changes when any file is edited, added or removed. */
    private static String fingerprint(Path dir) throws IOException {
        StringBuilder out = new StringBuilder();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                out.append(dir.relativize(p)).append(' ').append(Files.size(p)).append(' ')
                        .append(Files.getLastModifiedTime(p).toMillis()).append('\n');
            }
        }
        return out.toString();
    }
}
