package org.palpate.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import org.springframework.boot.loader.tools.Library;
import org.springframework.boot.loader.tools.LibraryScope;
import org.springframework.boot.loader.tools.Repackager;

/**
 * The {@code ./palpate} launcher over a fat jar of this build, made as {@code ./mvnw package} makes it (Spring Boot's
 * repackager, the runtime libraries listed by the build in target/runtime-classpath.txt), in a folder of its own
 * with the launcher script beside {@code target/palpate.jar}: so process tests can run through the launcher during
 * {@code ./mvnw test}, before any jar is packaged. Built once per test JVM; the launcher extracts the jar and writes
 * its class archive on the first run, as for a user.
 */
final class LauncherBuild {

    private static Path script;

    private LauncherBuild() {
    }

    static synchronized Path script() throws IOException {
        if (script == null) {
            script = build();
        }
        return script;
    }

    private static Path build() throws IOException {
        Path dir = Files.createTempDirectory("palpate-launcher");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(dir)));
        Path target = Files.createDirectories(dir.resolve("target"));
        Path plain = target.resolve("palpate-classes.jar");
        writeJar(Path.of("target/classes"), plain);
        Repackager repackager = new Repackager(plain.toFile());
        repackager.setMainClass("org.palpate.PalpateApplication");
        repackager.setBackupSource(false);
        List<File> libraries = runtimeLibraries();
        repackager.repackage(target.resolve("palpate.jar").toFile(), callback -> {
            for (File library : libraries) {
                callback.library(new Library(library, LibraryScope.RUNTIME));
            }
        });
        Files.delete(plain);
        Path launcher = dir.resolve("palpate");
        Files.copy(Path.of("palpate"), launcher);
        launcher.toFile().setExecutable(true);
        return launcher;
    }

    private static List<File> runtimeLibraries() throws IOException {
        Path listed = Path.of("target/runtime-classpath.txt");
        if (!Files.isRegularFile(listed)) {
            throw new IllegalStateException(listed + " is missing: the build writes it (maven-dependency-plugin, pom.xml)");
        }
        return Stream.of(Files.readString(listed).strip().split(File.pathSeparator)).filter(p -> p.endsWith(".jar")).map(File::new).toList();
    }

    private static void writeJar(Path classes, Path jar) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest);
                Stream<Path> files = Files.walk(classes)) {
            Predicate<Path> staleAot = staleSpringAotOutput(classes);
            for (Path file : files.filter(Files::isRegularFile).filter(staleAot.negate()).sorted().toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace(File.separatorChar, '/')));
                Files.copy(file, out); // leaves the jar open
                out.closeEntry();
            }
        }
    }

    /**
     * The files Spring AOT's {@code process-aot} (run by {@code ./mvnw package}) put into target/classes, when a compile
     * since has made them stale: {@code ./mvnw test} compiles but does not run it, and a context generated from older
     * code would run under the launcher. Left out, the launcher finds no generated context and runs without Spring AOT.
     */
    private static Predicate<Path> staleSpringAotOutput(Path classes) throws IOException {
        Path aot = Path.of("target/spring-aot/main");
        Path initializer = classes.resolve("org/palpate/PalpateApplication__ApplicationContextInitializer.class");
        if (!Files.isDirectory(aot) || !Files.isRegularFile(initializer)) {
            return file -> false;
        }
        Set<String> generated = new HashSet<>(); // paths in target/classes, and class names without their .class
        for (String folder : List.of("classes", "resources", "sources")) {
            Path root = aot.resolve(folder);
            if (Files.isDirectory(root)) {
                try (Stream<Path> files = Files.walk(root)) {
                    files.filter(Files::isRegularFile).map(f -> root.relativize(f).toString().replace(File.separatorChar, '/'))
                            .forEach(name -> generated.add(name.endsWith(".java") ? name.substring(0, name.length() - 5) : name));
                }
            }
        }
        Predicate<Path> isGenerated = file -> {
            String name = classes.relativize(file).toString().replace(File.separatorChar, '/');
            String type = name.endsWith(".class") ? name.substring(0, name.length() - 6) : null;
            return generated.contains(name)
                    || (type != null && (generated.contains(type) || type.contains("$") && generated.contains(type.substring(0, type.indexOf('$')))));
        };
        long generatedAt = Files.getLastModifiedTime(initializer).toMillis();
        boolean stale;
        try (Stream<Path> files = Files.walk(classes)) {
            stale = files.filter(f -> f.toString().endsWith(".class")).filter(isGenerated.negate())
                    .anyMatch(f -> f.toFile().lastModified() > generatedAt);
        }
        return stale ? isGenerated : file -> false;
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | RuntimeException e) {
            // best effort: a temporary directory
        }
    }
}
