package org.palpate.curriculum;

import org.palpate.curriculum.Drafts.LessonDraft;
import org.palpate.curriculum.Drafts.ModuleDraft;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads one module folder: module.yaml, lessons/*.md (by file name) and questions.yaml, then runs the checks
 * that stay inside the module (topics and cases that questions and lessons refer to).
 */
final class ModuleFolderReader {

    private static final List<String> EXPECTED = List.of(CurriculumFiles.MODULE, CurriculumFiles.QUESTIONS, CurriculumFiles.LESSONS);

    private final Problems problems;
    private final MblexReader.Outline outline;

    ModuleFolderReader(Problems problems, MblexReader.Outline outline) {
        this.problems = problems;
        this.outline = outline;
    }

    ModuleDraft read(Path folder, String folderName) {
        Path moduleFile = folder.resolve(CurriculumFiles.MODULE);
        String shownModule = moduleFile.toString();
        Optional<ModuleDraft> read = Optional.empty();
        MblexTags mblex = new MblexTags(outline);
        if (Files.isRegularFile(moduleFile)) {
            read = new ModuleReader(problems, mblex).read(moduleFile, shownModule, folderName);
        } else {
            problems.error(shownModule, Position.START, "the module folder `" + folderName + "` has no module.yaml; "
                    + "add one with `id: " + folderName + "`, `title:` and `topics:`");
        }
        ModuleDraft draft = read.orElseGet(() -> new ModuleDraft(folderName, shownModule, null, null, null,
                List.of(), List.of(), List.of(), List.of(), new ArrayList<>(), new ArrayList<>()));
        boolean lessonsComplete = readLessons(folder, folderName, draft);
        readQuestions(folder, folderName, draft, mblex);
        warnAboutStrayFiles(folder);
        if (read.isPresent()) {
            new ModuleChecks(problems).check(draft, folder.resolve(CurriculumFiles.LESSONS).toString(), lessonsComplete);
        }
        return draft;
    }

    /** Reads lessons/*.md into the draft; true if every lesson's topic could be read. */
    private boolean readLessons(Path folder, String moduleId, ModuleDraft draft) {
        Path lessons = folder.resolve(CurriculumFiles.LESSONS);
        if (!Files.isDirectory(lessons)) {
            return true; // no lessons yet: each question then gets a "no lesson on this topic" warning
        }
        LessonReader reader = new LessonReader(problems);
        boolean complete = true;
        for (Path file : Folders.entries(lessons, problems)) {
            if (Files.isRegularFile(file) && Folders.name(file).toLowerCase(Locale.ROOT).endsWith(".md")) {
                Optional<LessonDraft> lesson = reader.read(file, file.toString(), moduleId);
                lesson.ifPresent(draft.lessons()::add);
                complete &= lesson.map(l -> l.topic() != null).orElse(false);
            }
        }
        return complete;
    }

    private void readQuestions(Path folder, String moduleId, ModuleDraft draft, MblexTags mblex) {
        Path file = folder.resolve(CurriculumFiles.QUESTIONS);
        if (Files.isRegularFile(file)) {
            draft.questions().addAll(new QuestionsFileReader(problems).read(file, file.toString(), moduleId, mblex));
        } else {
            problems.warning(file.toString(), Position.START, "the module has no questions.yaml; add one with a "
                    + "`questions:` list");
        }
    }

    /** A misnamed file ("question.yaml", "lesson/") would otherwise be silently ignored. */
    private void warnAboutStrayFiles(Path folder) {
        for (Path entry : Folders.entries(folder, problems)) {
            String name = Folders.name(entry);
            if (EXPECTED.contains(name) || name.startsWith(".")) {
                continue;
            }
            Optional<String> meant = DidYouMean.suggest(name, EXPECTED);
            boolean looksLikeContent = name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".md");
            if (meant.isPresent() || looksLikeContent) {
                problems.warning(entry.toString(), Position.START, "`" + name + "` is ignored; a module folder "
                        + "holds module.yaml, questions.yaml and lessons/*.md" + meant.map(m -> "; did you mean `" + m
                        + "`?").orElse(""));
            }
        }
    }

    /** Directory listing helpers that work on any FileSystem (including a zip inside a jar). */
    static final class Folders {

        private Folders() {
        }

        /** Entries sorted by name; an unreadable folder becomes a problem and an empty list. */
        static List<Path> entries(Path folder, Problems problems) {
            List<Path> entries = new ArrayList<>();
            try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
                stream.forEach(entries::add);
            } catch (IOException | RuntimeException e) {
                problems.error(folder.toString(), Position.START, "cannot list the folder (" + e.getMessage()
                        + "); check that it exists and is readable");
            }
            entries.sort((a, b) -> name(a).compareTo(name(b)));
            return entries;
        }

        /** The last name element; zip file systems may report directories with a trailing slash. */
        static String name(Path path) {
            Path fileName = path.getFileName();
            String name = fileName == null ? "" : fileName.toString();
            return name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
        }
    }
}
