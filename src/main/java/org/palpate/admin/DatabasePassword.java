package org.palpate.admin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;

import org.palpate.AtomicFiles;

/**
 * The H2 database's password: random per PALPATE_HOME, kept in {@code db-password} (600). A home made before
 * passwords existed has the empty one: it is changed on the first start, in an order that a killed process cannot
 * break (the new password is on disk under {@code db-password.new} before the database takes it). See
 * docs/security.md.
 */
public final class DatabasePassword {

    static final String FILE = "db-password";
    static final String PENDING = "db-password.new";
    private static final int WRONG_USER_OR_PASSWORD = 28000;

    private DatabasePassword() {
    }

    /** The password for {@code url}, whose database file is {@code databaseFile}; made or switched if needed. */
    public static String of(Path home, String url, String user, Path databaseFile) throws IOException, SQLException {
        Path key = home.resolve(FILE);
        if (Files.exists(key)) {
            return read(key);
        }
        if (!Files.exists(databaseFile)) {
            createOnce(key); // the first connection creates the database with it
            return read(key);
        }
        return switchFromEmpty(home, url, user);
    }

    private static String switchFromEmpty(Path home, String url, String user) throws IOException, SQLException {
        if (!user.matches("[A-Za-z][A-Za-z0-9_]*")) {
            throw new SQLException("the database user name " + user + " is not a plain name");
        }
        Path pending = home.resolve(PENDING);
        createOnce(pending);
        String fresh = read(pending);
        SQLException last = null;
        for (int attempt = 0; attempt < 5; attempt++) {
            try (Connection connection = DriverManager.getConnection(url, user, ""); Statement statement = connection.createStatement()) {
                statement.execute("ALTER USER " + user + " SET PASSWORD '" + fresh + "'");
                AtomicFiles.replace(pending, home.resolve(FILE));
                return fresh;
            } catch (SQLException e) {
                last = e;
                if (e.getErrorCode() != WRONG_USER_OR_PASSWORD) {
                    throw e;
                }
            }
            // the empty password no longer works: an earlier start (killed since) or another process switched it
            try (Connection connection = DriverManager.getConnection(url, user, fresh)) {
                AtomicFiles.replace(pending, home.resolve(FILE));
                return fresh;
            } catch (SQLException e) {
                last = e;
                if (e.getErrorCode() != WRONG_USER_OR_PASSWORD) {
                    throw e;
                }
            }
            if (Files.exists(home.resolve(FILE))) {
                return read(home.resolve(FILE)); // another process finished the switch meanwhile
            }
        }
        throw new SQLException("the database in " + home + " takes neither the empty password nor the one in " + PENDING, last);
    }

    /** Writes a new random password to {@code file} unless it exists: whole, 600, and never replacing one. */
    private static void createOnce(Path file) throws IOException {
        if (Files.exists(file)) {
            return;
        }
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        Path temporary = AtomicFiles.temporaryBeside(file);
        Files.writeString(temporary, Base64.getUrlEncoder().withoutPadding().encodeToString(random) + "\n", StandardCharsets.US_ASCII);
        try {
            AtomicFiles.publishNew(temporary, file);
        } catch (FileAlreadyExistsException e) {
            // another process made it first: theirs is the one
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.US_ASCII).strip();
    }
}
