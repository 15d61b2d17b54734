package org.palpate.curriculum;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/** One module folder: module.yaml plus its lessons (sorted by file name) and questions (file order). */
public record CourseModule(
        String id,
        String title,
        String summary,
        List<String> objectives,
        List<Topic> topics,
        List<String> prerequisites,
        List<Case> cases,
        List<Lesson> lessons,
        List<Question> questions) implements Serializable {

    public CourseModule {
        objectives = List.copyOf(objectives);
        topics = List.copyOf(topics);
        prerequisites = List.copyOf(prerequisites);
        cases = List.copyOf(cases);
        lessons = List.copyOf(lessons);
        questions = List.copyOf(questions);
    }

    public Optional<Topic> topic(String topicId) {
        return topics.stream().filter(t -> t.id().equals(topicId)).findFirst();
    }

    public Optional<Case> caseById(String caseId) {
        return cases.stream().filter(c -> c.id().equals(caseId)).findFirst();
    }
}
