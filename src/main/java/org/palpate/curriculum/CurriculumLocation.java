package org.palpate.curriculum;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Which curriculum folder is in use: {@code palpate.curriculum} (or {@code --curriculum DIR}) when set, else
 * {@code ./curriculum} when it holds a program.yaml, else the curriculum bundled in the jar, copied out to
 * PALPATE_HOME/bundled-curriculum so that it is read like any other folder.
 */
@Component
public class CurriculumLocation {

    static final String BUNDLED = "bundled-curriculum";
    private final String configured;
    private final Path home;
    private final LastGoodCopy lastGood;
    private Path resolved;

    CurriculumLocation(@Value("${palpate.curriculum:}") String configured, @Value("${palpate.home}") Path home) {
        this.configured = configured;
        this.home = home;
        this.lastGood = new LastGoodCopy(home);
    }

    public synchronized Path resolve() {
        if (resolved == null) {
            resolved = locate();
        }
        return resolved;
    }

    /** Touched by every successful reload, so that shells already open pick the new curriculum up. */
    Path reloadStamp() {
        return home.resolve("curriculum-reloaded");
    }

    /** The last version of the curriculum in use that loaded without errors, if one was kept. */
    Optional<Path> lastGood() {
        return lastGood.find(resolve());
    }

    /** Keeps a copy of a curriculum that loaded, for the day an edit breaks it (the bundled one needs none). */
    void keepAsLastGood(Path dir) {
        if (isBundled()) {
            return;
        }
        try {
            lastGood.keep(dir);
        } catch (IOException | RuntimeException e) {
            // only a convenience: a curriculum that loaded is in use either way
        }
    }

    /** Whether the curriculum in use is the read-only copy that ships inside the jar. */
    public boolean isBundled() {
        return resolve().equals(home.resolve(BUNDLED));
    }

    private Path locate() {
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        Path local = Path.of("curriculum");
        if (Files.isRegularFile(local.resolve(CurriculumFiles.PROGRAM))) {
            return local;
        }
        return bundled();
    }

    /** Copies the curriculum packaged with the application out of the jar (or class path) and returns its folder. */
    Path bundled() {
        Path target = home.resolve(BUNDLED);
        try {
            deleteRecursively(target);
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:" + BUNDLED + "/**")) {
                String url = resource.getURL().toString();
                String relative = url.substring(url.lastIndexOf(BUNDLED + "/") + BUNDLED.length() + 1);
                if (relative.isEmpty() || relative.endsWith("/") || !resource.isReadable()) {
                    continue;
                }
                Path file = target.resolve(relative);
                Files.createDirectories(file.getParent());
                try (InputStream in = resource.getInputStream()) {
                    Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the bundled curriculum to " + target, e);
        }
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
