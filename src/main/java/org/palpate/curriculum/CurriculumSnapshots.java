package org.palpate.curriculum;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

import org.palpate.AtomicFiles;
import org.palpate.OwnerOnly;

/**
 * Loads curriculum folders, keeping each valid one in PALPATE_HOME as a snapshot of the parsed model, so that the next
 * process reads it back instead of parsing and validating the files again (most of a one-shot command's curriculum time).
 * A snapshot is used only when it was made by this very build of Palpate ({@code palpate.build}, the jar's checksum
 * that the launcher passes; without it there are no snapshots), on the same Java, from files with the same content:
 * every file's path, size and two CRCs (CRC-32C and CRC-32) of its bytes. Anything else (an edit, another build, a
 * cut or unreadable snapshot) parses the files as before. See docs/startup.md.
 */
final class CurriculumSnapshots {

    private static final String FORMAT = "palpate curriculum snapshot 1";
    /** What a snapshot may contain: the curriculum model and the JDK types its records hold. */
    private static final ObjectInputFilter ONLY_THE_MODEL = ObjectInputFilter.Config.createFilter(
            "maxdepth=20;org.palpate.curriculum.*;java.util.*;java.lang.*;java.time.*;java.math.*;!*");

    private final CurriculumLoader loader;
    private final Path folder;
    private final String build;

    /** {@code build} empty: no snapshots, every load parses the files. */
    CurriculumSnapshots(CurriculumLoader loader, Path home, String build) {
        this.loader = loader;
        this.folder = home.resolve("curriculum-snapshots");
        this.build = build == null || build.isBlank() ? null : build + " on Java " + Runtime.version();
    }

    /** The curriculum in {@code dir}: from its snapshot when the files are unchanged, else parsed (and kept if valid). */
    LoadResult load(Path dir) {
        String fingerprint = fingerprint(dir);
        return kept(dir, fingerprint).map(curriculum -> new LoadResult(curriculum, List.of()))
                .orElseGet(() -> parse(dir, fingerprint));
    }

    /** What {@link #load} would take from the snapshot of {@code dir} now, without parsing anything. */
    Optional<Curriculum> kept(Path dir) {
        return kept(dir, fingerprint(dir));
    }

    /** Parses {@code dir} whatever its snapshot holds (an explicit reload), and keeps a snapshot of a valid result. */
    LoadResult parse(Path dir) {
        return parse(dir, fingerprint(dir));
    }

    private Optional<Curriculum> kept(Path dir, String fingerprint) {
        return fingerprint == null ? Optional.empty() : read(dir, fingerprint);
    }

    /** {@code fingerprint}: taken before the files are parsed. */
    private LoadResult parse(Path dir, String fingerprint) {
        LoadResult result = loader.load(dir);
        // the fingerprint is taken again: a file edited while it was parsed must not be kept under its old content
        if (result.ok() && fingerprint != null && fingerprint.equals(fingerprint(dir))) {
            write(dir, fingerprint, result.curriculum());
        }
        return result;
    }

    /** The model without its folder (a Path is not serializable; the folder is the one being loaded). */
    private record Kept(Program program, List<CourseModule> modules, List<SafetyRule> safetyRules, MblexOutline mblex)
            implements Serializable {
    }

    private Optional<Curriculum> read(Path dir, String fingerprint) {
        Path file = fileFor(dir);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            DataInputStream header = new DataInputStream(in);
            if (!header.readUTF().equals(FORMAT) || !header.readUTF().equals(build) || !header.readUTF().equals(fingerprint)) {
                return Optional.empty();
            }
            ObjectInputStream objects = new ObjectInputStream(in);
            objects.setObjectInputFilter(ONLY_THE_MODEL);
            Kept kept = (Kept) objects.readObject();
            return Optional.of(new Curriculum(dir, kept.program(), kept.modules(), kept.safetyRules(), kept.mblex()));
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            return Optional.empty(); // cut, from an older format, or unreadable: the files are parsed instead
        }
    }

    private void write(Path dir, String fingerprint, Curriculum curriculum) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
            DataOutputStream header = new DataOutputStream(bytes);
            header.writeUTF(FORMAT);
            header.writeUTF(build);
            header.writeUTF(fingerprint);
            header.flush();
            try (ObjectOutputStream objects = new ObjectOutputStream(bytes)) {
                objects.writeObject(new Kept(curriculum.program(), curriculum.modules(), curriculum.safetyRules(),
                        curriculum.mblex()));
            }
            // owner-only, like the rest of PALPATE_HOME: a snapshot holds the answer keys
            OwnerOnly.createDirectories(folder);
            Path temporary = AtomicFiles.temporaryBeside(fileFor(dir));
            try {
                Files.write(temporary, bytes.toByteArray());
                AtomicFiles.replace(temporary, fileFor(dir));
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException | RuntimeException e) {
            // only a speed-up: the curriculum that was parsed is in use either way
        }
    }

    /** One snapshot per folder, named after its absolute path, replaced whole when the folder changes. */
    private Path fileFor(Path dir) {
        return folder.resolve(sha256(dir.toAbsolutePath().normalize().toString()).substring(0, 16) + ".bin");
    }

    /**
     * The content of every file the loader may read (all but those in hidden folders, which it skips), as a hash of
     * each file's relative path, size and two CRCs of its bytes; null when the folder cannot be read (snapshots off).
     * CRCs, not SHA-256, because they are computed in hardware at any JIT level: a few milliseconds for the shipped
     * course against some 60 for SHA-256. Together they are a 64-bit check that detects every change of up to 32
     * consecutive bits (any single character), and other changes but for odds of 2^-64.
     */
    String fingerprint(Path dir) {
        if (build == null) {
            return null;
        }
        StringBuilder lines = new StringBuilder();
        try (Stream<Path> files = Files.walk(dir, FileVisitOption.FOLLOW_LINKS)) {
            for (Path file : files.filter(Files::isRegularFile).filter(f -> !inHiddenFolder(dir, f)).sorted().toList()) {
                byte[] content = Files.readAllBytes(file);
                CRC32C c = new CRC32C();
                c.update(content);
                CRC32 d = new CRC32();
                d.update(content);
                lines.append(dir.relativize(file)).append(' ').append(content.length).append(' ')
                        .append(c.getValue()).append(' ').append(d.getValue()).append('\n');
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        return sha256(lines.toString());
    }

    private static boolean inHiddenFolder(Path dir, Path file) {
        Path relative = dir.relativize(file).getParent();
        if (relative != null) {
            for (Path name : relative) {
                if (name.toString().startsWith(".")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
