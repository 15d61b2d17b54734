package org.palpate.admin;

import java.util.Arrays;

import org.flywaydb.core.api.MigrationInfo;
import org.palpate.UserException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How the schema is brought up to date at start. A database that a newer Palpate has migrated further than this one
 * knows is refused with one line (Flyway would otherwise ignore the unknown migrations and run against a schema this
 * code was not written for). A lab machine of the school set-up migrates nothing: its learner's connection may not,
 * and migrations are the owner's (a start with the owner's connection, profile postgres).
 */
@Configuration(proxyBeanMethods = false)
class SchemaVersionCheck {

    @Bean
    FlywayMigrationStrategy migrationStrategy(@Value("${palpate.school.connect-as-learner:false}") boolean learnerConnection) {
        return flyway -> {
            if (learnerConnection) {
                return;
            }
            MigrationInfo[] future = Arrays.stream(flyway.info().all()).filter(m -> m.getState().name().startsWith("FUTURE"))
                    .toArray(MigrationInfo[]::new);
            if (future.length > 0) {
                MigrationInfo[] known = flyway.info().all();
                String newest = future[future.length - 1].getVersion().getVersion();
                String ours = Arrays.stream(known).filter(m -> !m.getState().name().startsWith("FUTURE") && m.getVersion() != null)
                        .reduce((a, b) -> b).map(m -> m.getVersion().getVersion()).orElse("0");
                throw new UserException("the database was upgraded by a newer Palpate (schema version " + newest
                        + "; this one knows up to " + ours + "): run that version or a newer one");
            }
            flyway.migrate();
        };
    }
}
