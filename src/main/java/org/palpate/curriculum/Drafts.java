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
                        Map<String, Double> blueprint, java.time.LocalDate examDate, boolean readable) {

        static ProgramDraft unreadable(String file) {
            return new ProgramDraft(file, null, List.of(), Position.START, Map.of(), null, false);
        }
    }

    record ModuleDraft(String folderName, String file, Located<String> id, String title, String summary,
                       List<String> objectives, List<Located<Topic>> topics, List<Located<String>> prerequisites,
                       List<Located<Case>> cases, List<LessonDraft> lessons, List<QuestionDraft> questions) {
    }

    record LessonDraft(Lesson lesson, Located<String> id, Located<String> topic) {
    }

    /** {@code question} is null when the entry had errors. */
    record QuestionDraft(Question question, Located<String> id, Located<String> topic, Located<String> caseRef) {
    }
}
