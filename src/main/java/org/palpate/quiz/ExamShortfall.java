package org.palpate.quiz;

/**
 * An MBLEx area an exam could not fill: its share of the exam was {@code wanted} questions, but the learner's pool
 * holds only {@code available} questions of it, so {@code drawn} were drawn (the rest went to the other areas).
 */
public record ExamShortfall(String area, String title, int wanted, int drawn, int available) {
}
