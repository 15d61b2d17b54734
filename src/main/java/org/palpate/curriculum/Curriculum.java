package org.palpate.curriculum;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A fully valid curriculum. {@code modules} are in program order; {@code safetyRules} in the order of
 * safety-rules.yaml (empty when the curriculum has none); {@code mblex} the MBLEx outline of mblex.yaml
 * ({@link MblexOutline#NONE} without one).
 */
public record Curriculum(Path root, Program program, List<CourseModule> modules, List<SafetyRule> safetyRules,
        MblexOutline mblex) {

    public Curriculum {
        modules = List.copyOf(modules);
        safetyRules = List.copyOf(safetyRules);
        mblex = mblex == null ? MblexOutline.NONE : mblex;
    }

    public Curriculum(Path root, Program program, List<CourseModule> modules, List<SafetyRule> safetyRules) {
        this(root, program, modules, safetyRules, MblexOutline.NONE);
    }

    /** The questions that name safety rule {@code ruleId}, in curriculum order. */
    public List<Question> questionsTesting(String ruleId) {
        return questions().stream().filter(q -> q.rules().contains(ruleId)).toList();
    }

    public Optional<CourseModule> module(String id) {
        return modules.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    public Optional<Question> question(String id) {
        return questions().stream().filter(q -> q.id().equals(id)).findFirst();
    }

    public Optional<Lesson> lesson(String id) {
        return modules.stream().flatMap(m -> m.lessons().stream()).filter(l -> l.id().equals(id)).findFirst();
    }

    /** Every question, modules in program order, each module's questions in file order. */
    public List<Question> questions() {
        return modules.stream().flatMap(m -> m.questions().stream()).toList();
    }

    /** What students are quizzed on: every question but drafts (see {@link Placeholders}). */
    public Curriculum forStudents() {
        return new Curriculum(root, program, modules.stream().map(m -> new CourseModule(m.id(), m.title(), m.summary(),
                m.objectives(), m.topics(), m.prerequisites(), m.cases(), m.lessons(),
                m.questions().stream().filter(q -> !Placeholders.draft(q)).toList())).toList(), safetyRules, mblex);
    }

    public List<Lesson> lessons() {
        return modules.stream().flatMap(m -> m.lessons().stream()).toList();
    }
}
