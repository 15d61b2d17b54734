package org.palpate.admin;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.springframework.beans.factory.ObjectProvider;
import org.palpate.OwnerOnly;
import org.palpate.UserException;
import org.palpate.learner.Access;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import com.zaxxer.hikari.HikariDataSource;

import tools.jackson.databind.json.JsonMapper;

/**
 * Backup and restore of the H2 database while Palpate runs, in a format of Palpate's own that holds only data
 * (no SQL to run). A restore is built and checked in a scratch database beside the live one, then swapped in with
 * one rename; the database before it is saved first. PostgreSQL has pg_dump for this. See
 * docs/backup-and-restore.md.
 */
@Service
public class BackupService {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final String SCRATCH_PREFIX = "restore-";

    private final DataSource dataSource;
    private final ObjectProvider<Flyway> flyway; // started only for a backup or restore, not with every command
    private final Access access;
    private final Clock clock;
    private final Path home;
    private final ObjectProvider<JsonMapper> json; // made on first use: most commands print no JSON
    private final long maxBytes;
    private final Duration timeLimit;

    BackupService(DataSource dataSource, ObjectProvider<Flyway> flyway, Access access, Clock clock, ObjectProvider<JsonMapper> json,
            @Value("${palpate.home}") Path home, @Value("${palpate.restore.max-bytes:4294967296}") long maxBytes,
            @Value("${palpate.restore.time-limit:PT30M}") Duration timeLimit) {
        this.dataSource = dataSource;
        this.flyway = flyway;
        this.access = access;
        this.clock = clock;
        this.json = json;
        this.home = home;
        this.maxBytes = maxBytes;
        this.timeLimit = timeLimit;
    }

    public Path backup(Path file) {
        access.requireInstructor();
        requireH2();
        if (Files.exists(file)) {
            throw alreadyExists(file);
        }
        try (Connection connection = dataSource.getConnection()) {
            new BackupWriter(json.getObject()).write(connection, schemaVersion(), clock.instant(), file);
        } catch (FileAlreadyExistsException e) {
            throw alreadyExists(file);
        } catch (IOException | SQLException e) {
            throw new UserException("cannot write " + file + ": " + RestoreLoader.firstLine(e));
        }
        return file;
    }

    /** Replaces the whole database with the backup's content; returns where the database before it was saved. */
    public Path restore(Path file) {
        access.requireInstructor();
        requireH2();
        if (!Files.isRegularFile(file)) {
            throw new UserException("no such file: " + file);
        }
        Path scratch;
        try {
            Path live = DatabaseSwap.livePath(dataSource);
            deleteLeftoverScratch(live.getParent());
            scratch = live.resolveSibling(SCRATCH_PREFIX + HexFormat.of().formatHex(new SecureRandom().generateSeed(8)));
        } catch (SQLException | IOException e) {
            throw new UserException("cannot restore: " + RestoreLoader.firstLine(e));
        }
        try {
            build(file, scratch);
        } catch (NotABackup | BackupArchive.TooLarge e) {
            deleteScratch(scratch);
            throw new UserException(file + " is not a Palpate backup (" + e.getMessage() + "); the database is unchanged");
        } catch (IOException | SQLException | FlywayException e) {
            deleteScratch(scratch);
            throw new UserException("cannot restore " + file + " (" + RestoreLoader.firstLine(e) + "); the database is unchanged");
        }
        Path safety = safetyFile();
        try {
            String version = schemaVersion();
            DatabaseSwap.swapIn(dataSource, Path.of(scratch + ".mv.db"),
                    live -> new BackupWriter(json.getObject()).write(live, version, clock.instant(), safety));
        } catch (IOException | SQLException e) {
            deleteScratch(scratch);
            throw new UserException("cannot restore " + file + " (" + RestoreLoader.firstLine(e) + "); the database is unchanged");
        }
        return safety;
    }

    /** Loads the backup into a new database at {@code scratch}, checked whole, at the current schema, and closed. */
    private void build(Path file, Path scratch) throws IOException, SQLException, NotABackup {
        if (Files.size(file) > maxBytes) {
            throw new BackupArchive.TooLarge(maxBytes);
        }
        long started = System.nanoTime();
        RestoreLoader loader = new RestoreLoader(json.getObject(), () -> {
            if (System.nanoTime() - started > timeLimit.toNanos()) {
                throw new NotABackup("loading it took longer than " + timeLimit.toMinutes() + " minutes (palpate.restore.time-limit)");
            }
        });
        HikariDataSource live = dataSource.unwrap(HikariDataSource.class);
        String url = "jdbc:h2:file:" + scratch;
        try (BackupArchive archive = BackupArchive.open(file, maxBytes)) {
            BackupManifest manifest = loader.manifest(archive);
            MigrationVersion version = knownVersion(manifest.schemaVersion());
            migrate(url, live, version);
            try (Connection connection = DriverManager.getConnection(url, live.getUsername(), live.getPassword())) {
                loader.load(archive, manifest, connection);
            }
            migrate(url, live, MigrationVersion.LATEST); // a backup from an older version gets the newer migrations
            try (Connection connection = DriverManager.getConnection(url, live.getUsername(), live.getPassword());
                    Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN");
            }
        }
        OwnerOnly.tighten(Path.of(scratch + ".mv.db"));
    }

    /** before-restore-STAMP.zip, numbered when two restores fall in one second. */
    private Path safetyFile() {
        String stamp = "before-restore-" + STAMP.format(clock.instant().atZone(clock.getZone()));
        Path file = home.resolve(stamp + ".zip");
        for (int n = 2; Files.exists(file); n++) {
            file = home.resolve(stamp + "-" + n + ".zip");
        }
        return file;
    }

    private void migrate(String url, HikariDataSource live, MigrationVersion target) {
        Flyway.configure().configuration(flyway.getObject().getConfiguration()).dataSource(url, live.getUsername(), live.getPassword())
                .target(target).load().migrate();
    }

    /** The backup's schema version must be one this Palpate's migrations know: older is migrated, newer refused. */
    private MigrationVersion knownVersion(String version) throws NotABackup {
        for (MigrationInfo migration : flyway.getObject().info().all()) {
            if (migration.getVersion() != null && migration.getVersion().getVersion().equals(version)) {
                return migration.getVersion();
            }
        }
        throw new NotABackup("it was written at schema version " + BackupArchive.printable(version) + ", which this Palpate (schema version "
                + schemaVersion() + ") does not know: restore it with a newer Palpate");
    }

    private String schemaVersion() {
        MigrationInfo current = flyway.getObject().info().current();
        return current == null ? "0" : current.getVersion().getVersion();
    }

    private void requireH2() {
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.getMetaData().getDatabaseProductName().equals("H2")) {
                throw new UserException("backup and restore here are for the H2 database; on PostgreSQL use pg_dump and "
                        + "pg_restore (see the README)");
            }
        } catch (SQLException e) {
            throw new UserException("cannot reach the database: " + RestoreLoader.firstLine(e));
        }
    }

    private static UserException alreadyExists(Path file) {
        return new UserException(file + " already exists: choose a new file name, so that no backup is overwritten");
    }

    /** A restore killed before its swap leaves its scratch database behind: unused, whole or not. */
    private static void deleteLeftoverScratch(Path dir) throws IOException {
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(dir, SCRATCH_PREFIX + "*.db")) {
            for (Path leftover : leftovers) {
                Files.deleteIfExists(leftover);
            }
        }
    }

    private static void deleteScratch(Path scratch) {
        for (String suffix : new String[] { ".mv.db", ".trace.db", ".lock.db" }) {
            try {
                Files.deleteIfExists(Path.of(scratch + suffix));
            } catch (IOException e) {
                // a leftover scratch file is removed by the next restore
            }
        }
    }
}
