package org.palpate.learner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps a login across processes: a random token in the file PALPATE_HOME/session (readable by its owner only)
 * and only the token's SHA-256 in the database, with an expiry. A process holds on to the login it started with
 * (or made): an open shell keeps its user when someone logs in as another user in a second terminal on the same
 * PALPATE_HOME, and a logout here leaves that other login alone.
 */
@Component
class LoginSessions {

    static final Duration LIFETIME = Duration.ofDays(14);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Path file;
    /** The token this process uses; null until it has read or made one. */
    private volatile String held;

    LoginSessions(JdbcClient jdbc, Clock clock, @Value("${palpate.home}") Path home) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.file = home.resolve("session");
    }

    void open(long learnerId) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        revoke(held);
        jdbc.sql("INSERT INTO login_session (token_hash, learner_id, created_at, expires_at) VALUES (?, ?, ?, ?)")
                .params(hash(token), learnerId, LearnerRepository.utc(now), LearnerRepository.utc(now.plus(LIFETIME)))
                .update();
        write(token);
        held = token;
    }

    Optional<Long> current() {
        if (held == null) {
            held = token().orElse(null);
        }
        return Optional.ofNullable(held).flatMap(token -> jdbc.sql("SELECT learner_id FROM login_session WHERE token_hash = ? AND expires_at > ?")
                .params(hash(token), LearnerRepository.utc(clock.instant())).query(Long.class).optional());
    }

    void close() {
        String token = held != null ? held : token().orElse(null);
        revoke(token);
        held = null;
        try {
            // the file may hold another terminal's newer login by now: that one stays
            if (token != null && token.equals(token().orElse(null))) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot remove the login file " + file, e);
        }
    }

    private void revoke(String token) {
        if (token != null) {
            jdbc.sql("DELETE FROM login_session WHERE token_hash = ?").param(hash(token)).update();
        }
    }

    /** Ends every login of the learner, on every machine (after a password change, or logout --everywhere). */
    void closeAll(long learnerId) {
        jdbc.sql("DELETE FROM login_session WHERE learner_id = ?").param(learnerId).update();
    }

    private Optional<String> token() {
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8).strip())
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private void write(String token) {
        try {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(file);
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(file);
            }
            Files.writeString(file, token, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the login file " + file, e);
        }
    }

    private static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
