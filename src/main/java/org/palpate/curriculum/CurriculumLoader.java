package org.palpate.curriculum;

import org.palpate.curriculum.Drafts.LessonDraft;
import org.palpate.curriculum.Drafts.ModuleDraft;
import org.palpate.curriculum.Drafts.ProgramDraft;
import org.palpate.curriculum.Drafts.QuestionDraft;
import org.palpate.curriculum.Drafts.SafetyRulesDraft;
import org.palpate.curriculum.ModuleFolderReader.Folders;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads a curriculum folder into the model and validates it. Never throws for bad input: every problem, in
 * every file, is collected and returned sorted by location; the curriculum is returned only if there is no
 * error. Uses only {@link Files} and {@link Path}, so a curriculum inside a jar (zip file system) loads too.
 * Not thread-confined state: one loader may be reused, each call is independent.
 */
public final class CurriculumLoader {

    public LoadResult load(Path dir) {
        Problems problems = new Problems();
        Curriculum curriculum = null;
        try {
            curriculum = loadInto(dir, problems);
        } catch (RuntimeException e) {
            // a bug in the loader must still not crash a "curriculum validate" run with a stack trace
            problems.error(String.valueOf(dir), Position.START, "internal error while loading the curriculum ("
                    + e + "); please report this with the file that caused it");
        }
        return new LoadResult(problems.hasErrors() ? null : curriculum, problems.sorted());
    }

    private static Curriculum loadInto(Path dir, Problems problems) {
        if (!Files.isDirectory(dir)) {
            problems.error(dir.toString(), Position.START, "curriculum folder not found; pass the folder that holds "
                    + "program.yaml");
            return null;
        }
        ProgramDraft program = new ProgramReader(problems).read(dir);
        MblexReader.Outline mblex = new MblexReader(problems).read(dir); // before the modules, which name its areas
        Map<String, ModuleDraft> byFolder = new LinkedHashMap<>();
        ModuleFolderReader folderReader = new ModuleFolderReader(problems, mblex);
        for (String folder : orderedFolders(dir, program, problems)) {
            byFolder.put(folder, folderReader.read(dir.resolve(folder), folder));
        }
        new CurriculumChecks(problems).check(dir, program, new ArrayList<>(byFolder.values()));
        SafetyRulesDraft rules = new SafetyRulesReader(problems).read(dir);
        new SafetyRuleChecks(problems).check(rules, new ArrayList<>(byFolder.values()));
        return problems.hasErrors() ? null : build(dir, program, byFolder, rules, mblex.outline());
    }

    /** Module folders: those listed in program.yaml in study order, then any others by name. */
    private static List<String> orderedFolders(Path dir, ProgramDraft program, Problems problems) {
        List<String> all = new ArrayList<>();
        for (Path entry : Folders.entries(dir, problems)) {
            String name = Folders.name(entry);
            if (Files.isDirectory(entry) && !name.startsWith(".")) {
                all.add(name);
            }
        }
        List<String> ordered = new ArrayList<>();
        program.modules().stream().map(Located::value).filter(all::contains).distinct().forEach(ordered::add);
        all.stream().filter(f -> !ordered.contains(f)).forEach(ordered::add);
        return ordered;
    }

    /** Only called without errors, so every draft field is filled. */
    private static Curriculum build(Path dir, ProgramDraft program, Map<String, ModuleDraft> byFolder,
                                    SafetyRulesDraft rules, MblexOutline mblex) {
        List<CourseModule> modules = new ArrayList<>();
        for (Located<String> id : program.modules()) {
            ModuleDraft d = byFolder.get(id.value());
            modules.add(new CourseModule(d.id().value(), d.title(), d.summary(), d.objectives(),
                    d.topics().stream().map(Located::value).toList(),
                    d.prerequisites().stream().map(Located::value).toList(),
                    d.cases().stream().map(Located::value).toList(),
                    d.lessons().stream().map(LessonDraft::lesson).toList(),
                    d.questions().stream().map(QuestionDraft::question).toList()));
        }
        List<String> order = program.modules().stream().map(Located::value).toList();
        return new Curriculum(dir, new Program(program.title(), order, program.blueprint(), program.examDate(),
                program.criticalRetention()), modules,
                rules.rules().stream().map(Located::value).toList(), mblex);
    }
}
