package org.palpate.quiz;

import org.palpate.UserException;

/** How many questions a quiz holds, how long an exam may run, and which options go together. */
final class QuizSize {

    static final int DEFAULT_COUNT = 10;
    static final int DEFAULT_EXAM_COUNT = 20;
    /** The most questions one quiz holds (its queue is stored in one row); a daily session beyond it continues next time. */
    static final int MAX_QUESTIONS = 1000;

    private QuizSize() {
    }

    static void check(QuizMode mode, String moduleId, String topicId, Integer count, Integer minutes) {
        if (count != null && (count < 1 || count > MAX_QUESTIONS)) {
            throw new UserException("--count must be between 1 and " + MAX_QUESTIONS);
        }
        if (minutes != null && (mode != QuizMode.EXAM || minutes < 1)) {
            throw new UserException(mode != QuizMode.EXAM ? "--time is for exams: add --mode exam" : "--time must be at least 1 minute");
        }
        if (mode == QuizMode.EXAM && (moduleId != null || topicId != null)) {
            throw new UserException("an exam draws from every module by the blueprint: leave out --module and --topic");
        }
    }
}
