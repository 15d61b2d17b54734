package org.palpate.quiz;

import java.util.List;

/** A quiz just started, with the exam areas it could not fill ({@link ExamShortfall}; empty for other quizzes). */
public record StartedQuiz(QuizSession session, List<ExamShortfall> shortfalls) {

    public StartedQuiz {
        shortfalls = List.copyOf(shortfalls);
    }

    /** {@code exam} is the exam's draw, null for other quizzes. */
    static StartedQuiz of(QuizSession session, ExamBlueprint.Draw exam) {
        return new StartedQuiz(session, exam == null ? List.of() : exam.shortfalls());
    }
}
