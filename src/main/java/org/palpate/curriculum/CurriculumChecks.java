package org.palpate.curriculum;

import org.palpate.curriculum.Drafts.LessonDraft;
import org.palpate.curriculum.Drafts.ModuleDraft;
import org.palpate.curriculum.Drafts.ProgramDraft;
import org.palpate.curriculum.Drafts.QuestionDraft;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks that span files: program.yaml against the module folders, prerequisites, and ids that must be unique
 * in the whole curriculum (questions, because the review log keys on them; lessons, because {@code lesson show}
 * looks them up without a module).
 */
final class CurriculumChecks {

    private final Problems problems;

    CurriculumChecks(Problems problems) {
        this.problems = problems;
    }

    /** @param modules every module folder, listed ones in program order first, so "first use" reads naturally */
    void check(Path root, ProgramDraft program, List<ModuleDraft> modules) {
        Set<String> folders = new LinkedHashSet<>();
        modules.forEach(m -> folders.add(m.folderName()));
        Set<String> listed = new LinkedHashSet<>();
        program.modules().forEach(m -> listed.add(m.value()));

        if (program.readable()) {
            checkProgramAgainstFolders(root, program, folders, listed);
        }
        Set<String> known = new LinkedHashSet<>(listed);
        known.addAll(folders);
        checkPrerequisites(modules, known);
        checkUniqueIds(modules);
    }

    private void checkProgramAgainstFolders(Path root, ProgramDraft program, Set<String> folders, Set<String> listed) {
        for (Located<String> module : program.modules()) {
            if (!folders.contains(module.value())) {
                problems.error(module.file(), module.at(), "module `" + module.value() + "` has no folder; create "
                        + root.resolve(module.value()).resolve(CurriculumFiles.MODULE) + " or remove `" + module.value()
                        + "` from `modules`" + DidYouMean.suggest(module.value(), folders)
                        .map(f -> " (did you mean the folder `" + f + "`?)").orElse(""));
            }
        }
        for (String folder : folders) {
            if (!listed.contains(folder)) {
                problems.error(program.file(), program.modulesAt(), "module folder `" + folder + "` is not listed "
                        + "in `modules`; add `" + folder + "` (in study order) or remove the folder");
            }
        }
    }

    private void checkPrerequisites(List<ModuleDraft> modules, Set<String> known) {
        for (ModuleDraft module : modules) {
            for (Located<String> prerequisite : module.prerequisites()) {
                if (!known.contains(prerequisite.value())) {
                    problems.error(prerequisite.file(), prerequisite.at(), "unknown prerequisite module `"
                            + prerequisite.value() + "`" + DidYouMean.suggest(prerequisite.value(), known)
                            .map(s -> "; did you mean `" + s + "`?")
                            .orElse("; use a module id listed in program.yaml `modules`"));
                }
            }
        }
        new PrerequisiteGraph(modules).reportCycles(problems);
    }

    private void checkUniqueIds(List<ModuleDraft> modules) {
        UniqueIds questionIds = new UniqueIds();
        UniqueIds lessonIds = new UniqueIds();
        for (ModuleDraft module : modules) {
            for (QuestionDraft question : module.questions()) {
                Located<String> id = question.id();
                if (id != null) {
                    questionIds.add(id).ifPresent(first -> problems.error(id.file(), id.at(), "duplicate question id `"
                            + id.value() + "`; it is already used at " + UniqueIds.where(first, id.file())
                            + "; give this question a new id, and keep the old one on the question learners have "
                            + "been answering (their history follows its id)"));
                }
            }
            for (LessonDraft lesson : module.lessons()) {
                Located<String> id = lesson.id();
                if (id != null) {
                    lessonIds.add(id).ifPresent(first -> problems.error(id.file(), id.at(), "duplicate lesson id `"
                            + id.value() + "`; it is already used at " + first.where() + "; give this lesson a "
                            + "new id"));
                }
            }
        }
    }
}
