package org.palpate.curriculum;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Writes small curricula from inline strings and finds problems in load results. */
final class TestFiles {

    private TestFiles() {
    }

    /**
     * A minimal valid curriculum: one module {@code basics} with one topic, one lesson and one question. Tests
     * replace single files of it with a broken variant, so each test shows only the YAML it is about.
     */
    static Map<String, String> minimal() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("program.yaml", """
                title: Test program
                modules: [basics]
                blueprint: { basics: 1 }
                """);
        files.put("basics/module.yaml", """
                id: basics
                title: Basics
                topics:
                  - { id: strokes, title: Strokes }
                """);
        files.put("basics/lessons/strokes.md", """
                ---
                id: strokes-lesson
                title: Strokes
                topic: strokes
                ---
                Effleurage glides.
                """);
        files.put("basics/questions.yaml", """
                questions:
                  - id: q1
                    topic: strokes
                    type: true-false
                    prompt: Effleurage is a gliding stroke.
                    answer: true
                    explanation: It glides along the muscle.
                """);
        return files;
    }

    /** Writes {@code files} (relative path to content) below {@code root} as UTF-8 and returns {@code root}. */
    static Path write(Path root, Map<String, String> files) {
        files.forEach((name, content) -> writeBytes(root.resolve(name), content.getBytes(StandardCharsets.UTF_8)));
        return root;
    }

    static void writeBytes(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String dump(List<Problem> problems) {
        return problems.isEmpty() ? "(no problems)"
                : problems.stream().map(Problem::format).collect(Collectors.joining("\n  ", "\n  ", ""));
    }

    /** Asserts there is a problem of {@code severity} at exactly this spot whose message contains {@code text}. */
    static Problem assertProblem(LoadResult result, Severity severity, Path file, int line, int column, String text) {
        List<Problem> matches = result.problems().stream()
                .filter(p -> p.severity() == severity && p.file().equals(file.toString()) && p.line() == line
                        && p.column() == column && p.message().contains(text))
                .toList();
        assertThat(matches)
                .as("expected %s at %s:%d:%d containing \"%s\"; problems were:%s", severity, file, line, column, text,
                        dump(result.problems()))
                .hasSize(1);
        return matches.get(0);
    }
}
