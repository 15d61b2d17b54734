package org.palpate.quiz;

/** A finished quiz; {@code exam} holds the score when it was a mock exam. */
public record Finished(QuizSession session, ExamScore exam, int retried) {
}
