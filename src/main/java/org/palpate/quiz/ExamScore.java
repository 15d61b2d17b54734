package org.palpate.quiz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.palpate.curriculum.CourseModule;
import org.palpate.curriculum.Curriculum;
import org.palpate.curriculum.Question;

/**
 * The result of a mock exam: right answers over the questions drawn (an unanswered question counts as missed),
 * by module and by topic, and every missed question with the learner's answer, the right one and why.
 */
public record ExamScore(int right, int total, int answered, boolean timeUp, List<Part> modules, List<Part> topics,
        List<Missed> missed) {

    public record Part(String id, String title, int right, int total) {
    }

    public record Missed(Question question, String caseText, String given, String expected) {
    }

    static ExamScore of(QuizSession session, List<ReviewEntry> answers, Curriculum curriculum, boolean timeUp) {
        Map<String, ReviewEntry> byQuestion = answers.stream().collect(Collectors.toMap(ReviewEntry::questionId, a -> a, (a, b) -> a));
        List<Question> drawn = new ArrayList<>();
        answers.forEach(a -> curriculum.question(a.questionId()).ifPresent(drawn::add));
        session.queue().forEach(id -> curriculum.question(id).ifPresent(drawn::add));
        Set<String> right = answers.stream().filter(ReviewEntry::correct).map(ReviewEntry::questionId).collect(Collectors.toSet());
        List<Part> modules = new ArrayList<>();
        List<Part> topics = new ArrayList<>();
        for (CourseModule m : curriculum.modules()) {
            List<Question> inModule = drawn.stream().filter(q -> q.moduleId().equals(m.id())).toList();
            if (inModule.isEmpty()) {
                continue;
            }
            modules.add(part(m.id(), m.title(), inModule, right));
            Map<String, List<Question>> byTopic = new LinkedHashMap<>();
            m.topics().forEach(t -> byTopic.put(t.id(), new ArrayList<>()));
            inModule.forEach(q -> byTopic.get(q.topic()).add(q));
            m.topics().stream().filter(t -> !byTopic.get(t.id()).isEmpty())
                    .forEach(t -> topics.add(part(m.id() + "/" + t.id(), t.title(), byTopic.get(t.id()), right)));
        }
        List<Missed> missed = drawn.stream().filter(q -> !right.contains(q.id()))
                .map(q -> new Missed(q, caseText(curriculum, q), byQuestion.containsKey(q.id()) ? byQuestion.get(q.id()).answer() : null,
                        q.key().text()))
                .toList();
        return new ExamScore(right.size(), drawn.size(), answers.size(), timeUp, modules, topics, missed);
    }

    static String caseText(Curriculum curriculum, Question q) {
        return q.caseId() == null ? null : curriculum.module(q.moduleId()).flatMap(m -> m.caseById(q.caseId())).map(c -> c.text()).orElse(null);
    }

    private static Part part(String id, String title, List<Question> questions, Set<String> right) {
        return new Part(id, title, (int) questions.stream().filter(q -> right.contains(q.id())).count(), questions.size());
    }
}
