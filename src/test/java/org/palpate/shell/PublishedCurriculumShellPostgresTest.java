package org.palpate.shell;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.palpate.support.Postgres;
import org.springframework.test.context.ContextConfiguration;

/** {@link PublishedCurriculumShellTest} on PostgreSQL: skipped unless PALPATE_TEST_POSTGRES_URL names one (.ci/run starts it). */
@EnabledIfEnvironmentVariable(named = Postgres.URL_VARIABLE, matches = ".+")
@ContextConfiguration(initializers = Postgres.class)
class PublishedCurriculumShellPostgresTest extends PublishedCurriculumShellTest {
}
