package org.palpate.curriculum.gift;

import org.palpate.curriculum.CourseModule;
import org.palpate.curriculum.Curriculum;
import org.palpate.curriculum.Question;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Compares the curriculum before and after an import: the imported questions must read back exactly as they
 * were planned, and everything else must be as it was (other modules, the module's earlier questions and topics,
 * the program). A difference means a text edit or the YAML emitter did something unintended, so the import is
 * undone rather than trusted.
 */
final class ImportCheck {

    private final Curriculum before;
    private final Curriculum after;
    private final String moduleId;
    private final List<Question> planned;

    ImportCheck(Curriculum before, Curriculum after, String moduleId, List<Question> planned) {
        this.before = before;
        this.after = after;
        this.moduleId = moduleId;
        this.planned = planned;
    }

    List<String> differences() {
        List<String> differences = new ArrayList<>();
        for (Question plan : planned) {
            Optional<Question> read = after.question(plan.id());
            if (read.isEmpty() || !withoutHash(read.get()).equals(plan)) {
                differences.add("question `" + plan.id() + "` reads back differently");
            }
        }
        Optional<CourseModule> oldModule = before.module(moduleId);
        List<String> order = new ArrayList<>(before.program().moduleOrder());
        if (oldModule.isEmpty()) {
            order.add(moduleId);
        }
        if (!after.program().moduleOrder().equals(order) || !after.program().title().equals(before.program().title())
                || !after.program().blueprint().equals(before.program().blueprint())) {
            differences.add("program.yaml changed beyond the new module");
        }
        for (CourseModule old : before.modules()) {
            Optional<CourseModule> now = after.module(old.id());
            if (now.isEmpty()) {
                differences.add("module `" + old.id() + "` is gone");
            } else if (!old.id().equals(moduleId) && !now.get().equals(old)) {
                differences.add("module `" + old.id() + "` changed");
            } else if (old.id().equals(moduleId)) {
                checkTarget(old, now.get(), differences);
            }
        }
        Optional<CourseModule> target = after.module(moduleId);
        if (target.isEmpty() || target.get().questions().size()
                != oldModule.map(m -> m.questions().size()).orElse(0) + planned.size()) {
            differences.add("module `" + moduleId + "` does not hold the imported questions");
        }
        return differences;
    }

    /** The module imported into: earlier questions and topics first and unchanged, the rest of it unchanged. */
    private static void checkTarget(CourseModule old, CourseModule now, List<String> differences) {
        boolean questionsKept = now.questions().size() >= old.questions().size()
                && now.questions().subList(0, old.questions().size()).equals(old.questions());
        boolean topicsKept = now.topics().size() >= old.topics().size()
                && now.topics().subList(0, old.topics().size()).equals(old.topics());
        boolean restKept = now.title().equals(old.title()) && Objects.equals(now.summary(), old.summary())
                && now.objectives().equals(old.objectives()) && now.prerequisites().equals(old.prerequisites())
                && now.cases().equals(old.cases()) && now.lessons().equals(old.lessons());
        if (!questionsKept || !topicsKept || !restKept) {
            differences.add("module `" + old.id() + "` changed beyond the appended questions and topics");
        }
    }

    private static Question withoutHash(Question q) {
        // imported questions may take their topic's MBLEx area: the plan has none
        return new Question(q.id(), q.moduleId(), q.topic(), q.prompt(), q.key(), q.explanation(), q.sources(), q.critical(),
                q.caseId(), q.tags(), q.difficulty(), null, q.rules(), null);
    }
}
