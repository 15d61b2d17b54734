package org.palpate.admin;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Other local users cannot get into a learner's H2 database: the home is private, the database has a password of
 * its own, and the auto-server that lets two shells share it listens on the loopback interface only.
 */
@Component
public class H2HomeSecurity implements BeanPostProcessor {

    /** H2 reads it once, when its first class loads; {@code PalpateApplication.main} sets it before that. */
    public static final String BIND_ADDRESS = "h2.bindAddress";
    public static final String LOOPBACK = "127.0.0.1";

    private static final String FILE_URL = "jdbc:h2:file:";
    static final java.time.Duration LOCK_RACE_RETRY = java.time.Duration.ofSeconds(10);

    private final Path home;

    H2HomeSecurity(@Value("${palpate.home}") Path home) {
        this.home = home;
    }

    public static void bindToLoopback() {
        if (System.getProperty(BIND_ADDRESS) == null) {
            System.setProperty(BIND_ADDRESS, LOOPBACK);
        }
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null && pool.getJdbcUrl().startsWith(FILE_URL)) {
            bindToLoopback();
            HomeDirectory.secure(home);
            String path = pool.getJdbcUrl().substring(FILE_URL.length()).split(";", 2)[0];
            Path databaseFile = Path.of(path + ".mv.db");
            // Several one-shot commands started at once race for H2's lock file while the first one starts the
            // auto-server ("Locked by another process", "Lock file recently modified"): the losers try again (about
            // once a second) instead of failing, and then use that server.
            pool.setInitializationFailTimeout(LOCK_RACE_RETRY.toMillis());
            if (pool.getPassword() == null || pool.getPassword().isEmpty()) {
                try {
                    pool.setPassword(DatabasePassword.of(home, pool.getJdbcUrl(), pool.getUsername(), databaseFile));
                } catch (IOException | SQLException e) {
                    throw new IllegalStateException("cannot open the database in " + home + ": " + e.getMessage(), e);
                }
            }
        }
        return bean;
    }

    /** The database, lock and log files exist now, made by H2 and the logger with the default permissions. */
    @EventListener(ApplicationStartedEvent.class)
    void tightenFilesMadeAtStart() {
        HomeDirectory.secure(home);
    }
}
