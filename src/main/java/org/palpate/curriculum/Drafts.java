package org.palpate.curriculum;

import java.util.List;
import java.util.Map;

/**
 * What the readers produce: the model values plus the positions the cross-file checks need. A field is null
 * (or a list is missing entries) when the file had an error there; the curriculum is then never built.
 */
final class Drafts {

    private Drafts() {
    }

    record ProgramDraft(String file, String title, List<Located<String>> modules, Position modulesAt,
                        Map<String, Double> blueprint, java.time.LocalDate examDate, Double criticalRetention,
                        boolean readable) {

        static ProgramDraft unreadable(String file) {
            return new ProgramDraft(file, null, List.of(), Position.START, Map.of(), null, null, false);
        }
    }

    record ModuleDraft(String folderName, String file, Located<String> id, String title, String summary,
                       List<String> objectives, List<Located<Topic>> topics, List<Located<String>> prerequisites,
                       List<Located<Case>> cases, List<LessonDraft> lessons, List<QuestionDraft> questions) {
    }

    record LessonDraft(Lesson lesson, Located<String> id, Located<String> topic) {
    }

    /**
     * {@code question} is null when the entry had errors. {@code critical} is where {@code critical: true} was
     * written (null otherwise), for the "critical question names no safety rule" check.
     */
    record QuestionDraft(Question question, Located<String> id, Located<String> topic, Located<String> caseRef,
                         List<Located<String>> rules, Located<Boolean> critical) {
    }

    /**
     * safety-rules.yaml: {@code present} false when the curriculum has none; {@code readable} false when it
     * could not be parsed (its errors are reported, and references to it are then not checked).
     */
    record SafetyRulesDraft(String file, boolean present, boolean readable, List<Located<SafetyRule>> rules) {

        static SafetyRulesDraft absent(String file) {
            return new SafetyRulesDraft(file, false, false, List.of());
        }
    }
}
