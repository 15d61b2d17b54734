package org.palpate.admin;

import java.util.Arrays;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
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
    FlywayMigrationInitializer flywayInitializer(@Lazy Flyway flyway, DataSource dataSource, ObjectProvider<JavaMigration> java,
            @Value("${spring.flyway.locations:classpath:db/migration}") String[] locations,
            @Value("${spring.flyway.schemas:}") String schemas, @Value("${spring.flyway.table:}") String table) {
        // the quick check reads the default history table of a single default location; anything else is Flyway's
        boolean checkable = locations.length == 1 && schemas.isBlank() && table.isBlank();
        return new FlywayMigrationInitializer(flyway, lazy -> {
            if (!checkable || !CurrentSchema.isCurrent(dataSource, locations[0], java.orderedStream().toList())) {
                lazy.migrate();
            }
        });
    }

    /**
     * Spring Boot counts the Flyway bean itself as a database initializer too: every bean that uses the database, and
     * the initializer above, would depend on it, so it would be built (some 900 classes) on every start. They all
     * still wait for the initializer above, which reaches Flyway through its lazy proxy when there is something to
     * migrate; only the dependency on the Flyway bean is dropped. Runs after Boot's post-processor, which is ordered.
     */
    @Bean
    static BeanFactoryPostProcessor flywayOnlyThroughTheInitializer() {
        return beanFactory -> {
            if (!beanFactory.containsBeanDefinition("flywayInitializer")) {
                return;
            }
            for (String name : beanFactory.getBeanDefinitionNames()) {
                BeanDefinition definition = beanFactory.getBeanDefinition(name);
                String[] dependsOn = definition.getDependsOn();
                if (dependsOn != null && Arrays.asList(dependsOn).contains("flyway")) {
                    definition.setDependsOn(Arrays.stream(dependsOn).filter(bean -> !bean.equals("flyway")).toArray(String[]::new));
                }
            }
        };
    }
}
