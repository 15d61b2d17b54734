package org.palpate.admin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.format.DateTimeFormatter;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.palpate.UserException;
import org.palpate.learner.AccountService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Backup and restore of the H2 database, online: a backup is H2's SQL script of the whole database (schema, data
 * and migration history), zipped. A restore first saves the current database next to it, so that a bad file never
 * leaves a broken one, then migrates the restored data to the current schema. PostgreSQL has pg_dump for this.
 */
@Service
public class BackupService {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final DataSource dataSource;
    private final Flyway flyway;
    private final AccountService accounts;
    private final Clock clock;
    private final Path home;

    BackupService(DataSource dataSource, Flyway flyway, AccountService accounts, Clock clock, @Value("${palpate.home}") Path home) {
        this.dataSource = dataSource;
        this.flyway = flyway;
        this.accounts = accounts;
        this.clock = clock;
        this.home = home;
    }

    public Path backup(Path file) {
        accounts.requireInstructor();
        if (Files.exists(file)) {
            throw new UserException(file + " already exists: choose a new file name, so that no backup is overwritten");
        }
        script(file);
        return file;
    }

    /** Replaces the whole database with the backup's content; returns where the database before it was saved. */
    public Path restore(Path file) {
        accounts.requireInstructor();
        if (!Files.isRegularFile(file)) {
            throw new UserException("no such file: " + file);
        }
        Path safety = home.resolve("before-restore-" + STAMP.format(clock.instant().atZone(clock.getZone())) + ".zip");
        script(safety);
        try {
            run("DROP ALL OBJECTS; RUNSCRIPT FROM " + literal(file) + " COMPRESSION ZIP");
        } catch (SQLException e) {
            try {
                run("DROP ALL OBJECTS; RUNSCRIPT FROM " + literal(safety) + " COMPRESSION ZIP");
            } catch (SQLException worse) {
                throw new IllegalStateException("restoring " + file + " failed and so did putting back " + safety, worse);
            }
            throw new UserException(file + " is not a Palpate backup (" + e.getMessage().lines().findFirst().orElse("") + "); "
                    + "the database is unchanged");
        }
        flyway.migrate(); // a backup from an older version gets the newer migrations
        return safety;
    }

    private void script(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            run("SCRIPT TO " + literal(file) + " COMPRESSION ZIP");
        } catch (SQLException | IOException e) {
            throw new UserException("cannot write " + file + ": " + e.getMessage());
        }
    }

    private void run(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            if (!connection.getMetaData().getDatabaseProductName().equals("H2")) {
                throw new UserException("backup and restore here are for the H2 database; on PostgreSQL use pg_dump and "
                        + "pg_restore (see the README)");
            }
            statement.execute(sql);
        }
    }

    /** H2's SCRIPT and RUNSCRIPT take the file name as an SQL string literal, not a parameter. */
    private static String literal(Path file) {
        return "'" + file.toAbsolutePath().toString().replace("'", "''") + "'";
    }
}
