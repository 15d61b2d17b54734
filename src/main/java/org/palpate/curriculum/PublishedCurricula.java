package org.palpate.curriculum;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.palpate.UserException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published curriculum versions in the database: the files as text, a SHA-256 over paths and contents, who published
 * and when. A machine reads a version into PALPATE_HOME/published-curriculum/HASH once (written beside and renamed
 * into place, so a crash never leaves half a copy) and loads it like any folder.
 */
@Repository
class PublishedCurricula {

    /** The newest version: its number and content hash. */
    record Version(long number, String hash) {
    }

    private static final long MAX_FILE_CHARS = 2_000_000;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final Path cache;

    PublishedCurricula(JdbcClient jdbc, Clock clock, @Value("${palpate.home}") Path home) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.cache = home.resolve("published-curriculum");
    }

    Optional<Version> newest() {
        return jdbc.sql("SELECT version, content_hash FROM published_curriculum ORDER BY version DESC FETCH FIRST 1 ROWS ONLY")
                .query((row, n) -> new Version(row.getLong(1), row.getString(2))).optional();
    }

    /** Publishes the files of a folder that loaded without errors; the same content again is the same version. */
    @Transactional
    Version publish(Path dir, String by) {
        Map<String, String> files = read(dir);
        String hash = hash(files);
        Optional<Version> newest = newest();
        if (newest.isPresent() && newest.get().hash().equals(hash)) {
            return newest.get();
        }
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO published_curriculum (content_hash, published_at, published_by) VALUES (?, ?, ?)")
                .params(hash, clock.instant().atOffset(ZoneOffset.UTC), by).update(key, "version");
        long version = key.getKey().longValue();
        files.forEach((path, content) -> jdbc.sql("INSERT INTO published_file (version, path, content) VALUES (?, ?, ?)")
                .params(version, path, content).update());
        return new Version(version, hash);
    }

    /** The folder holding a version's files, read from the database the first time. */
    Path folder(Version version) {
        Path target = cache.resolve(version.hash());
        if (Files.isDirectory(target)) {
            return target;
        }
        try {
            Files.createDirectories(cache);
            Path fresh = Files.createTempDirectory(cache, version.hash() + "-");
            List<Map.Entry<String, String>> files = jdbc.sql("SELECT path, content FROM published_file WHERE version = ? ORDER BY path")
                    .param(version.number()).query((row, n) -> Map.entry(row.getString(1), row.getString(2))).list();
            for (Map.Entry<String, String> file : files) {
                Path out = fresh.resolve(file.getKey()).normalize();
                if (!out.startsWith(fresh)) {
                    throw new UserException("the published curriculum names a file outside its folder: " + file.getKey());
                }
                Files.createDirectories(out.getParent());
                Files.writeString(out, file.getValue(), StandardCharsets.UTF_8);
            }
            try {
                Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException alreadyThere) {
                // another process made the same copy first: its copy is as good as ours
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the published curriculum to " + target, e);
        }
    }

    private static Map<String, String> read(Path dir) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String content = Files.readString(file, StandardCharsets.UTF_8);
                if (content.length() > MAX_FILE_CHARS) {
                    throw new UserException(file + " is over " + MAX_FILE_CHARS + " characters: too large to publish");
                }
                files.put(dir.relativize(file).toString().replace('\\', '/'), content);
            }
        } catch (IOException e) {
            throw new UserException("cannot read the curriculum in " + dir + ": " + e.getMessage());
        }
        return files;
    }

    private static String hash(Map<String, String> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            files.forEach((path, content) -> {
                digest.update(path.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(content.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            });
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
