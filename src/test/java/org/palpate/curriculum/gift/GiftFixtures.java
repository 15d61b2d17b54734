package org.palpate.curriculum.gift;

import org.palpate.curriculum.LoadResult;
import org.palpate.curriculum.Problem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Test curricula and file snapshots for the GIFT tests. */
final class GiftFixtures {

    private GiftFixtures() {
    }

    /** A copy of the small valid curriculum {@code curricula/shell} (modules basics and safety) in {@code dir}. */
    static Path shellCurriculum(Path dir) {
        Path target = dir.resolve("curriculum");
        copyTree(resource("/curricula/shell"), target);
        return target;
    }

    static Path resource(String name) {
        URL url = GiftFixtures.class.getResource(name);
        if (url == null) {
            throw new IllegalStateException("test resource " + name + " is missing");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static void copyTree(Path from, Path to) {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : paths.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file and folder below {@code root} with its content ("(dir)" for folders), for before/after checks. */
    static Map<String, String> snapshot(Path root) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.toList()) {
                String key = root.relativize(p).toString();
                files.put(key, Files.isDirectory(p) ? "(dir)" : Files.readString(p, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    static Path write(Path file, String text) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String dump(LoadResult result) {
        return dump(result.problems().stream().map(Problem::format));
    }

    static String dump(GiftImport.Result result) {
        return "\nfailure: " + result.failure() + dump(result.issues().stream().map(GiftImport.Issue::format))
                + dump(result.curriculumProblems().stream().map(Problem::format));
    }

    private static String dump(Stream<String> lines) {
        return lines.collect(Collectors.joining("\n  ", "\n  ", ""));
    }
}
