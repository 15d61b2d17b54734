package org.palpate.support;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a test application at the PostgreSQL named by PALPATE_TEST_POSTGRES_URL (see .ci/postgres), in a schema
 * of its own, so that the same tests run on PostgreSQL as on H2. The Flyway migrations create the schema.
 * Tests using it carry {@code @EnabledIfEnvironmentVariable(named = "PALPATE_TEST_POSTGRES_URL", matches = ".+")}.
 */
public class Postgres implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String URL_VARIABLE = "PALPATE_TEST_POSTGRES_URL";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String url = System.getenv(URL_VARIABLE);
        String schema = "test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("testPostgres", Map.of(
                "spring.datasource.url", url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                "spring.datasource.username", System.getenv().getOrDefault("PALPATE_TEST_POSTGRES_USER", "palpate"),
                "spring.datasource.password", System.getenv().getOrDefault("PALPATE_TEST_POSTGRES_PASSWORD", ""),
                "spring.flyway.schemas", schema)));
    }
}
