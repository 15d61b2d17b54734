package org.palpate.learner;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

import org.palpate.UserException;
import org.springframework.jdbc.datasource.AbstractDataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;

/**
 * A lab machine of the school set-up connects to PostgreSQL as the learner: the machine holds only the server's
 * address, and {@code login NAME} opens the connection with the learner's own name and password, which PostgreSQL
 * checks (SCRAM). The login lasts as long as the process: the shell keeps it until 'logout' or 'quit'; a one-shot
 * command connects with PALPATE_DB_USER and PALPATE_DB_PASSWORD when they are set. Nothing is written to disk.
 */
public class LearnerConnections extends AbstractDataSource implements AutoCloseable {

    private static final String INVALID_PASSWORD = "28P01";
    private static final String INVALID_AUTHORIZATION = "28000";

    private final String url;
    private volatile HikariDataSource pool;
    private volatile String user;

    public LearnerConnections(String url, String user, String password) {
        this.url = url;
        if (user != null && !user.isBlank()) {
            open(user, password == null ? new char[0] : password.toCharArray());
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        HikariDataSource open = pool;
        if (open == null) {
            throw new UserException("nobody is logged in: run 'login NAME' first");
        }
        return open.getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLException("connections are opened by 'login NAME'");
    }

    /** Connects as {@code name}; PostgreSQL says whether the password is right. Ends the login held before. */
    void open(String name, char[] password) {
        HikariDataSource opened = connect(name, password);
        close();
        pool = opened;
        user = name;
    }

    /** Checks a password by opening (and closing) a connection with it. */
    void check(String name, char[] password) {
        connect(name, password).close();
    }

    Optional<String> user() {
        return Optional.ofNullable(pool == null ? null : user);
    }

    @Override
    public void close() {
        HikariDataSource open = pool;
        pool = null;
        user = null;
        if (open != null) {
            open.close();
        }
    }

    private HikariDataSource connect(String name, char[] password) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(name);
        config.setPassword(new String(password));
        config.setMaximumPoolSize(2);
        config.setPoolName("palpate-learner");
        try {
            return new HikariDataSource(config);
        } catch (HikariPool.PoolInitializationException e) {
            SQLException cause = e.getCause() instanceof SQLException sql ? sql : null;
            if (cause != null && (INVALID_PASSWORD.equals(cause.getSQLState()) || INVALID_AUTHORIZATION.equals(cause.getSQLState()))) {
                throw new UserException("wrong name or password");
            }
            throw new UserException("cannot connect to the school's database " + url + ": "
                    + (cause != null ? cause.getMessage() : e.getMessage()));
        }
    }
}
