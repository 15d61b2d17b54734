package org.palpate.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.tools.ToolProvider;

import org.springframework.boot.loader.tools.Library;
import org.springframework.boot.loader.tools.LibraryScope;
import org.springframework.boot.loader.tools.Repackager;

/**
 * The {@code ./palpate} launcher over a fat jar of this build, made as {@code ./mvnw package} makes it (Spring Boot's
 * repackager, the runtime libraries listed by the build in target/runtime-classpath.txt), in a folder of its own
 * with the launcher script beside {@code target/palpate.jar}: so process tests can run through the launcher during
 * {@code ./mvnw test}, before any jar is packaged, with Spring AOT's generated context as the package has it. Built
 * once per test JVM; the launcher extracts the jar and writes its class archive on the first run, as for a user.
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
        List<File> libraries = runtimeLibraries();
        writeJar(List.of(springAot(dir, libraries), Path.of("target/classes")), plain);
        Repackager repackager = new Repackager(plain.toFile());
        repackager.setMainClass("org.palpate.PalpateApplication");
        repackager.setBackupSource(false);
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

    /**
     * One jar of the folders' files; a path in more than one is taken from the first (so the context generated now wins
     * over one a {@code ./mvnw package} left in target/classes, perhaps from older code).
     */
    private static void writeJar(List<Path> folders, Path jar) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        Set<String> written = new HashSet<>();
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            for (Path folder : folders) {
                try (Stream<Path> files = Files.walk(folder)) {
                    for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                        String name = folder.relativize(file).toString().replace(File.separatorChar, '/');
                        if (written.add(name)) {
                            out.putNextEntry(new JarEntry(name));
                            Files.copy(file, out); // leaves the jar open
                            out.closeEntry();
                        }
                    }
                }
            }
        }
    }

    /**
     * Spring AOT's processing of this build, as {@code process-aot} does it in {@code ./mvnw package}: the application
     * started in a JVM of its own in processing mode, its generated sources compiled. Run here because {@code ./mvnw
     * test} does not run {@code process-aot}: the launcher's tests then run the generated context users run. Returns
     * the folder of generated classes and resources.
     */
    private static Path springAot(Path dir, List<File> libraries) throws IOException {
        Path aot = dir.resolve("spring-aot");
        Path sources = aot.resolve("sources");
        Path output = aot.resolve("classes");
        String classPath = Stream.concat(Stream.of(Path.of("target/classes").toFile()), libraries.stream())
                .map(File::getPath).collect(Collectors.joining(File.pathSeparator));
        ProcessBuilder processor = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath, "org.springframework.boot.SpringApplicationAotProcessor", "org.palpate.PalpateApplication",
                sources.toString(), output.toString(), output.toString(), "org.palpate", "palpate")
                .redirectErrorStream(true).redirectOutput(aot.resolve("processing.log").toFile());
        Files.createDirectories(output);
        processor.environment().put("PALPATE_HOME", aot.resolve("home").toString()); // the application starts (and stops)
        try {
            int exit = processor.start().waitFor();
            if (exit != 0) {
                throw new IllegalStateException("Spring AOT processing failed (" + exit + "): " + Files.readString(aot.resolve("processing.log")));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during Spring AOT processing", e);
        }
        List<String> javac = new ArrayList<>(List.of("--release", "17", "-proc:none", "-parameters", "-nowarn",
                "-cp", output + File.pathSeparator + classPath, // with the proxy classes the processing wrote
                "-d", output.toString()));
        try (Stream<Path> generated = Files.walk(sources)) {
            generated.filter(f -> f.toString().endsWith(".java")).forEach(f -> javac.add(f.toString()));
        }
        if (ToolProvider.getSystemJavaCompiler().run(null, null, null, javac.toArray(String[]::new)) != 0) {
            throw new IllegalStateException("the sources Spring AOT generated do not compile");
        }
        return output;
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | RuntimeException e) {
            // best effort: a temporary directory
        }
    }
}
