package org.palpate.curriculum;

import org.palpate.curriculum.Drafts.LessonDraft;
import org.palpate.curriculum.Drafts.ModuleDraft;
import org.palpate.curriculum.Drafts.QuestionDraft;

import java.util.LinkedHashSet;
import java.util.Set;

/** Checks inside one module: every topic and case a lesson or question names is declared in module.yaml. */
final class ModuleChecks {

    private final Problems problems;

    ModuleChecks(Problems problems) {
        this.problems = problems;
    }

    /**
     * @param lessonsComplete false when some lesson could not be read: its topic is unknown, so "no lesson covers
     *                        topic" warnings would only repeat that lesson's error once per question
     */
    void check(ModuleDraft module, String lessonsFolder, boolean lessonsComplete) {
        Set<String> topics = new LinkedHashSet<>();
        module.topics().forEach(t -> topics.add(t.value().id()));
        Set<String> cases = new LinkedHashSet<>();
        module.cases().forEach(c -> cases.add(c.value().id()));
        Set<String> taught = new LinkedHashSet<>();

        for (LessonDraft lesson : module.lessons()) {
            if (lesson.topic() != null) {
                taught.add(lesson.topic().value());
                requireDeclared(lesson.topic(), "topic", "topics", topics, module.file());
            }
        }
        for (QuestionDraft question : module.questions()) {
            Located<String> topic = question.topic();
            if (topic != null && requireDeclared(topic, "topic", "topics", topics, module.file())
                    && lessonsComplete && !taught.contains(topic.value())) {
                problems.warning(topic.file(), topic.at(), "no lesson covers topic `" + topic.value() + "`; add a "
                        + "lesson with `topic: " + topic.value() + "` under " + lessonsFolder);
            }
            if (question.caseRef() != null) {
                requireDeclared(question.caseRef(), "case", "cases", cases, module.file());
            }
        }
    }

    /** Reports an undeclared reference; true if it is declared. */
    private boolean requireDeclared(Located<String> ref, String kind, String listKey, Set<String> declared,
                                    String moduleFile) {
        if (declared.contains(ref.value())) {
            return true;
        }
        String hint = DidYouMean.suggest(ref.value(), declared)
                .map(s -> "; did you mean `" + s + "`?")
                .orElse("; declare it under `" + listKey + ":` in " + moduleFile
                        + (declared.isEmpty() ? "" : " (declared: " + String.join(", ", declared) + ")"));
        problems.error(ref.file(), ref.at(), "unknown " + kind + " `" + ref.value() + "`" + hint);
        return false;
    }
}
