package org.palpate.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.migration.JavaMigration;
import org.junit.jupiter.api.Test;
import org.palpate.support.PalpateTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Start-up skips Flyway only when the database has exactly the migrations on the class path, with Flyway's own
 * checksums; anything else (a pending, failed or edited migration) leaves the decision to Flyway.
 */
@PalpateTest
@TestPropertySource(properties = "palpate.test.context=current-schema")
class CurrentSchemaTest {

    private static final String LOCATION = "classpath:db/migration";

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Flyway flyway;

    @Autowired
    List<JavaMigration> java;

    @Test
    void aPendingJavaMigrationIsNotCurrent() {
        assertThat(java).isNotEmpty();
        assertThat(CurrentSchema.isCurrent(dataSource, LOCATION, java)).isTrue();
        jdbc.sql("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '15'").update();
        // the SQL files alone all match: counting only them is what let a pending Java migration be skipped
        assertThat(CurrentSchema.isCurrent(dataSource, LOCATION)).isTrue();
        assertThat(CurrentSchema.isCurrent(dataSource, LOCATION, java)).as("migration 15 (Java) is pending").isFalse();
        // out of order: the migrations after 15 are still applied
        Flyway.configure().configuration(flyway.getConfiguration()).outOfOrder(true).load().migrate();
        assertThat(CurrentSchema.isCurrent(dataSource, LOCATION, java)).isTrue();
    }

    @Test
    void aDatabaseFlywayMigratedIsCurrentAndAnyDifferenceIsNot() {
        assertThat(CurrentSchema.isCurrent(dataSource, LOCATION, java)).as("the checksums are computed as Flyway computes them").isTrue();
        assertThat(flyway.info().pending()).isEmpty();

        jdbc.sql("UPDATE \"flyway_schema_history\" SET \"checksum\" = \"checksum\" + 1 WHERE \"version\" = '1'").update();
        assertThat(CurrentSchema.isCurrent(dataSource, LOCATION, java)).as("an edited migration").isFalse();
        jdbc.sql("UPDATE \"flyway_schema_history\" SET \"checksum\" = \"checksum\" - 1 WHERE \"version\" = '1'").update();

        jdbc.sql("UPDATE \"flyway_schema_history\" SET \"success\" = FALSE WHERE \"version\" = '11'").update();
        assertThat(CurrentSchema.isCurrent(dataSource, LOCATION, java)).as("a failed migration").isFalse();
        jdbc.sql("UPDATE \"flyway_schema_history\" SET \"success\" = TRUE WHERE \"version\" = '11'").update();

        jdbc.sql("UPDATE \"flyway_schema_history\" SET \"version\" = '99' WHERE \"version\" = '11'").update();
        assertThat(CurrentSchema.isCurrent(dataSource, LOCATION, java)).as("a migration not applied yet").isFalse();
        jdbc.sql("UPDATE \"flyway_schema_history\" SET \"version\" = '11' WHERE \"version\" = '99'").update();

        assertThat(CurrentSchema.isCurrent(dataSource, "classpath:no-such-folder")).as("no migrations found").isFalse();
        assertThat(CurrentSchema.isCurrent(dataSource, LOCATION, java)).isTrue();
    }
}
