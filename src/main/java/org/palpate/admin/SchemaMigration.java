package org.palpate.admin;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * Takes the place of Spring Boot's Flyway initializer (same bean name, so every bean that uses the database still
 * waits for it): Flyway migrates only when {@link CurrentSchema} cannot show that the schema is current. The Flyway
 * it is given is a lazy proxy, resolved only to migrate.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "spring.flyway.enabled", matchIfMissing = true)
class SchemaMigration {

    @Bean
    FlywayMigrationInitializer flywayInitializer(@Lazy Flyway flyway, DataSource dataSource,
            @Value("${spring.flyway.locations:classpath:db/migration}") String[] locations,
            @Value("${spring.flyway.schemas:}") String schemas, @Value("${spring.flyway.table:}") String table) {
        // the quick check reads the default history table of a single default location; anything else is Flyway's
        boolean checkable = locations.length == 1 && schemas.isBlank() && table.isBlank();
        return new FlywayMigrationInitializer(flyway, lazy -> {
            if (!checkable || !CurrentSchema.isCurrent(dataSource, locations[0])) {
                lazy.migrate();
            }
        });
    }
}
