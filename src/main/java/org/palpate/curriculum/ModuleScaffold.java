package org.palpate.curriculum;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.palpate.UserException;

/**
 * Writes a new, valid module: module.yaml, one lesson and one example question, each with the schema modeline so an
 * editor checks the files while the instructor types, and adds the module to program.yaml. If the curriculum does
 * not load afterwards, every change is undone.
 */
final class ModuleScaffold {

    /** How the example question begins; the loader warns while it is still there. */
    static final String EXAMPLE_PROMPT = "Replace this example question.";

    private ModuleScaffold() {
    }

    record Result(List<Path> created, LoadResult check) {
    }

    static Result create(Path curriculum, String id, String title) {
        Path folder = curriculum.resolve(id);
        Path program = curriculum.resolve(CurriculumFiles.PROGRAM);
        try {
            String before = Files.readString(program, StandardCharsets.UTF_8);
            String after = YamlListEdit.append(before, "modules", List.of(id)).orElseThrow(() -> new UserException(
                    "cannot add `" + id + "` to the `modules:` list of " + program + " safely; check that it has one"));
            Files.createDirectories(folder.resolve(CurriculumFiles.LESSONS));
            List<Path> created = List.of(write(folder.resolve(CurriculumFiles.MODULE), module(id, title)),
                    write(folder.resolve(CurriculumFiles.LESSONS).resolve("basics.md"), lesson(id)),
                    write(folder.resolve(CurriculumFiles.QUESTIONS), questions(id)));
            Files.writeString(program, after, StandardCharsets.UTF_8);
            LoadResult check = new CurriculumLoader().load(curriculum);
            if (!check.ok()) {
                Files.writeString(program, before, StandardCharsets.UTF_8);
                for (Path file : created) {
                    Files.deleteIfExists(file);
                }
                Files.deleteIfExists(folder.resolve(CurriculumFiles.LESSONS));
                Files.deleteIfExists(folder);
            }
            return new Result(created, check);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static String module(String id, String title) {
        return """
                # yaml-language-server: $schema=../../schemas/module.schema.json
                id: %s
                title: %s
                summary: >-
                  One or two sentences on what this module teaches and why it matters for clients.
                objectives:
                  - What a student can do after this module (one line each)
                topics:
                  - { id: basics, title: Basics }
                prerequisites: []      # ids of modules to study first
                cases: []              # shared scenarios: { id, title, text }
                """.formatted(id, quote(title));
    }

    private static String lesson(String id) {
        return """
                ---
                id: %s-basics
                title: Basics
                topic: basics
                sources:
                  - %s
                ---
                # Basics

                %s: what the questions of this topic ask, and why.
                """.formatted(id, Placeholders.SOURCE, Placeholders.LESSON);
    }

    private static String questions(String id) {
        return """
                # yaml-language-server: $schema=../../schemas/questions.schema.json
                # Types: single, multiple, true-false, short, matching, ordering (see README, "Authoring").
                questions:
                  - id: %s-example-01
                    topic: basics
                    type: single
                    prompt: Replace this example question. Which answer is right?
                    choices:
                      - { text: The right answer, correct: true }
                      - { text: A tempting wrong answer, feedback: Why this one is wrong. }
                      - { text: Another wrong answer }
                    explanation: %s
                    sources:
                      - %s
                """.formatted(id, Placeholders.EXPLANATION, Placeholders.SOURCE);
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
