package org.palpate.admin;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.palpate.AtomicFiles;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Puts a finished scratch H2 database in place of the live one in one rename, while no other connection can
 * change the live one. How and why this is atomic: docs/backup-and-restore.md.
 */
final class DatabaseSwap {

    /** Done on the live database in exclusive mode just before the swap: the safety backup of its last state. */
    interface LastLook {
        void accept(Connection live) throws IOException, SQLException;
    }

    private DatabaseSwap() {
    }

    /** The live database's file name without {@code .mv.db}, as H2 itself (or the process serving it) reports it. */
    static Path livePath(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return livePath(connection);
        }
    }

    static void swapIn(DataSource dataSource, Path scratchFile, LastLook lastLook) throws IOException, SQLException {
        Connection connection = dataSource.getConnection();
        boolean shutDown = false;
        try (Statement statement = connection.createStatement()) {
            Path liveFile = Path.of(livePath(connection) + ".mv.db");
            // new connections are refused and other sessions (other shells too, through the auto-server) wait
            statement.execute("SET EXCLUSIVE 1");
            try {
                lastLook.accept(connection);
                AtomicFiles.replace(scratchFile, liveFile);
            } catch (IOException | SQLException | RuntimeException e) {
                statement.execute("SET EXCLUSIVE 0");
                throw e;
            }
            // closes the old file (now unnamed) and ends every session on it; the next connection opens the new file
            statement.execute("SHUTDOWN");
            shutDown = true;
        } finally {
            try {
                connection.close();
            } catch (SQLException closed) {
                if (!shutDown) {
                    throw closed;
                }
            }
            evictPooledConnections(dataSource);
        }
    }

    private static Path livePath(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet path = statement.executeQuery("SELECT DATABASE_PATH()")) {
            path.next();
            if (path.getString(1) == null) {
                throw new SQLException("the database is not a file");
            }
            return Path.of(path.getString(1)).toAbsolutePath();
        }
    }

    private static void evictPooledConnections(DataSource dataSource) throws SQLException {
        if (dataSource.isWrapperFor(HikariDataSource.class)) {
            HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
            if (pool.getHikariPoolMXBean() != null) {
                pool.getHikariPoolMXBean().softEvictConnections();
            }
        }
    }
}
