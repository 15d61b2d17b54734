package org.palpate.curriculum.gift;

import org.palpate.curriculum.ControlCharacters;
import org.palpate.curriculum.CourseModule;
import org.palpate.curriculum.Curriculum;
import org.palpate.curriculum.CurriculumFiles;
import org.palpate.curriculum.CurriculumLoader;
import org.palpate.curriculum.LoadResult;
import org.palpate.curriculum.Problem;
import org.palpate.curriculum.Question;
import org.palpate.curriculum.QuestionType;
import org.palpate.curriculum.Topic;
import org.palpate.curriculum.YamlListEdit;
import org.palpate.curriculum.gift.GiftConverter.Conversion;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Imports a Moodle GIFT question bank into one module of a curriculum folder.
 * <p>
 * A new module gets its folder (module.yaml, an empty lessons/ and questions.yaml) and is appended to
 * {@code modules} in program.yaml; an existing module gets the questions appended to its questions.yaml and any
 * new topics appended to {@code topics} in module.yaml. Existing files are edited as text, so their comments and
 * layout stay; new YAML is written by a real emitter, so any text survives.
 * <p>
 * All or nothing: the curriculum must load without errors before the import, and after writing it is loaded
 * again and checked (no errors, every imported question reads back exactly as planned, nothing else changed).
 * Otherwise every file written or created is restored to what it was, and the reason is reported.
 * Plain Java, no Spring; each call is independent.
 */
public final class GiftImporter {


    private final CurriculumLoader loader = new CurriculumLoader();
    private final GiftParser parser = new GiftParser();

    public GiftImport.Result importFile(Path curriculumDir, String moduleId, Path giftFile) {
        Outcome outcome = new Outcome();
        if (!IdSpelling.ID.matcher(moduleId).matches()) {
            String fixed = IdSpelling.slug(moduleId);
            return outcome.fail("module id `" + moduleId + "` may contain only lowercase letters, digits and single "
                    + "hyphens" + (fixed.isEmpty() ? "" : "; use `" + fixed + "`"));
        }
        Optional<String> gift = readUtf8(giftFile, outcome);
        if (gift.isEmpty()) {
            return outcome.result();
        }
        LoadResult before = loader.load(curriculumDir);
        if (!before.ok()) {
            outcome.curriculumProblems.addAll(before.errors());
            return outcome.fail("the curriculum in " + curriculumDir + " has " + before.errors().size()
                    + " error(s); fix them first (run `curriculum validate`), then import again");
        }
        Curriculum curriculum = before.curriculum();
        Optional<CourseModule> module = curriculum.module(moduleId);
        Set<String> ids = curriculum.questions().stream().map(Question::id).collect(Collectors.toSet());
        Conversion conversion = new GiftConverter(giftFile.toString(), moduleId,
                module.map(CourseModule::topics).orElse(List.of()), ids, module.map(CourseModule::questions).orElse(List.of()))
                .convert(parser.parse(gift.get()));
        outcome.take(conversion);
        if (conversion.questions().isEmpty()) {
            return outcome.fail(conversion.alreadyThere() > 0
                    ? "every question of " + giftFile + " that can be imported is already in " + moduleId
                            + " (listed above); nothing was written"
                    : "no question of " + giftFile + " could be imported; nothing was written");
        }

        Path moduleDir = curriculumDir.resolve(moduleId);
        Plan plan = new Plan();
        Optional<String> planned = module.isPresent()
                ? planAppend(moduleDir, module.get(), conversion, plan)
                : planNewModule(curriculumDir, moduleDir, moduleId, giftFile, conversion, plan);
        if (planned.isPresent()) {
            return outcome.fail(planned.get());
        }
        outcome.moduleCreated = module.isEmpty();

        FileChanges changes = new FileChanges();
        try {
            for (Path folder : plan.folders) {
                changes.createFolder(folder);
            }
            for (Map.Entry<Path, String> file : plan.files.entrySet()) {
                changes.write(file.getKey(), file.getValue());
            }
        } catch (IOException | RuntimeException e) {
            return outcome.fail("could not write the files (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                    + "); " + restored(changes.undo()));
        }

        LoadResult after = loader.load(curriculumDir);
        List<String> differences = after.ok()
                ? new ImportCheck(curriculum, after.curriculum(), moduleId, conversion.questions()).differences()
                : List.of();
        if (!after.ok() || !differences.isEmpty()) {
            outcome.curriculumProblems.addAll(after.errors());
            String why = !after.ok() ? "the curriculum would have " + after.errors().size() + " error(s) after the "
                    + "import (listed with this result)" : "the written files do not read back as intended ("
                    + String.join("; ", differences) + "); please report this with the GIFT file";
            return outcome.fail(why + "; " + restored(changes.undo()));
        }
        outcome.written = true;
        outcome.changedFiles.addAll(changes.files());
        outcome.curriculumProblems.addAll(warningsAbout(after, changes.files()));
        outcome.notes.addAll(plan.notes);
        return outcome.result();
    }

    /** New module: its folder, module.yaml, lessons/, questions.yaml, and its id in program.yaml `modules`. */
    private Optional<String> planNewModule(Path curriculumDir, Path moduleDir, String moduleId, Path giftFile,
                                           Conversion conversion, Plan plan) {
        Path program = curriculumDir.resolve(CurriculumFiles.PROGRAM);
        Optional<String> programText = readText(program);
        Optional<String> edited = programText.flatMap(text -> YamlListEdit.append(text, "modules",
                List.of(moduleId)));
        if (edited.isEmpty()) {
            return Optional.of("cannot add `" + moduleId + "` to `modules` in " + program + " safely; add it by hand "
                    + "(and create the module folder), then import again");
        }
        plan.folders.add(moduleDir.resolve(CurriculumFiles.LESSONS));
        String summary = "Imported from " + giftFile.getFileName() + ".";
        plan.files.put(moduleDir.resolve(CurriculumFiles.MODULE), QuestionYaml.moduleFile(moduleId, moduleId, summary,
                conversion.newTopics()));
        plan.files.put(moduleDir.resolve(CurriculumFiles.QUESTIONS), QuestionYaml.questionsFile(conversion.questions()));
        plan.files.put(program, edited.get());
        plan.notes.add("created module `" + moduleId + "`; give it a real `title` and `summary` in "
                + moduleDir.resolve(CurriculumFiles.MODULE));
        plan.notes.add("add " + moduleId + " to the blueprint in program.yaml if exams should draw from it");
        plan.notes.add("write lessons for its topics in " + moduleDir.resolve(CurriculumFiles.LESSONS) + " ("
                + topicIds(conversion.newTopics()) + ")");
        return Optional.empty();
    }

    /** Existing module: questions appended to questions.yaml, new topics to module.yaml `topics`. */
    private Optional<String> planAppend(Path moduleDir, CourseModule module, Conversion conversion, Plan plan) {
        Path questions = moduleDir.resolve(CurriculumFiles.QUESTIONS);
        if (Files.exists(questions)) {
            Optional<String> appended = readText(questions).flatMap(text -> YamlListEdit.appendAtEnd(text,
                    "questions", QuestionYaml.items(conversion.questions(), 0), conversion.questions().size()));
            if (appended.isEmpty()) {
                return Optional.of("cannot append to " + questions + " safely (its `questions` list must be written "
                        + "as `- ` items, one per question); nothing was written");
            }
            plan.files.put(questions, appended.get());
        } else {
            plan.files.put(questions, QuestionYaml.questionsFile(conversion.questions()));
        }
        List<Topic> topics = conversion.newTopics();
        if (!topics.isEmpty()) {
            Path moduleFile = moduleDir.resolve(CurriculumFiles.MODULE);
            List<String> entries = topics.stream().map(QuestionYaml::topicFlow).toList();
            Optional<String> edited = readText(moduleFile).flatMap(text -> YamlListEdit.append(text, "topics",
                    entries));
            if (edited.isEmpty()) {
                return Optional.of("cannot add the new topics to `topics` in " + moduleFile + " safely; add "
                        + topics.stream().map(QuestionYaml::topicFlow).collect(Collectors.joining(", "))
                        + " by hand, then import again; nothing was written");
            }
            plan.files.put(moduleFile, edited.get());
            plan.notes.add("added topics to " + module.id() + ": " + topicIds(topics) + "; write lessons for them in "
                    + moduleDir.resolve(CurriculumFiles.LESSONS));
        }
        return Optional.empty();
    }

    private static String topicIds(List<Topic> topics) {
        return topics.stream().map(Topic::id).collect(Collectors.joining(", "));
    }

    private static String restored(List<String> failures) {
        return failures.isEmpty() ? "every file was restored, nothing was changed"
                : "COULD NOT RESTORE: " + String.join("; ", failures);
    }

    /** The loader's warnings about files this import wrote: those the instructor should look at now. */
    private static List<Problem> warningsAbout(LoadResult result, List<Path> files) {
        Set<Path> written = files.stream().map(p -> p.toAbsolutePath().normalize()).collect(Collectors.toSet());
        return result.warnings().stream()
                .filter(p -> written.contains(Path.of(p.file()).toAbsolutePath().normalize()))
                .toList();
    }

    private static Optional<String> readUtf8(Path file, Outcome outcome) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException | RuntimeException e) {
            outcome.fail("cannot read " + file + " (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
            return Optional.empty();
        }
        try {
            // control characters (ESC...) from another system would reach students' terminals: stripped
            return Optional.of(ControlCharacters.strip(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString()));
        } catch (CharacterCodingException e) {
            outcome.fail(file + " is not UTF-8 text; save it as UTF-8 (Moodle expects UTF-8 too) and import again");
            return Optional.empty();
        }
    }

    private static Optional<String> readText(Path file) {
        try {
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** What to write: folders to create and files with their complete new text, in writing order. */
    private static final class Plan {
        final List<Path> folders = new ArrayList<>();
        final Map<Path, String> files = new LinkedHashMap<>();
        final List<String> notes = new ArrayList<>();
    }

    /** The result under construction. */
    private static final class Outcome {
        boolean written;
        String failure;
        boolean moduleCreated;
        Map<QuestionType, Integer> counts = Map.of();
        List<String> createdIds = List.of();
        List<String> newTopics = List.of();
        final List<Path> changedFiles = new ArrayList<>();
        int skipped;
        int alreadyThere;
        List<GiftImport.Issue> issues = List.of();
        final List<Problem> curriculumProblems = new ArrayList<>();
        final List<String> notes = new ArrayList<>();

        void take(Conversion conversion) {
            counts = conversion.counts();
            createdIds = conversion.questions().stream().map(Question::id).toList();
            newTopics = conversion.newTopics().stream().map(Topic::id).toList();
            skipped = conversion.skipped();
            alreadyThere = conversion.alreadyThere();
            issues = conversion.issues();
        }

        GiftImport.Result fail(String why) {
            failure = why;
            written = false;
            moduleCreated = false;
            counts = Map.of();
            createdIds = List.of();
            newTopics = List.of();
            changedFiles.clear();
            return result();
        }

        GiftImport.Result result() {
            return new GiftImport.Result(written, failure, moduleCreated, counts, createdIds, newTopics, changedFiles,
                    skipped, alreadyThere, issues, curriculumProblems, notes);
        }
    }
}
