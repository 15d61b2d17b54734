package org.palpate.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Each test application context gets its own PALPATE_HOME, hence its own H2 database and login file. */
public class TempHome implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        try {
            String home = Files.createTempDirectory("palpate-test").toString();
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("testHome", Map.of("palpate.home", home)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
