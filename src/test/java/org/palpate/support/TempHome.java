package org.palpate.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Each test application context gets its own PALPATE_HOME, hence its own H2 database and login file. */
public class TempHome implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        try {
            Path dir = Files.createTempDirectory("palpate-test");
            // test databases add up over runs (a benchmark one is gigabytes): remove them when the test JVM ends
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(dir)));
            String home = dir.toString();
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("testHome", Map.of("palpate.home", home)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // best effort: a temporary directory
        }
    }
}
