package org.palpate.quiz;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.palpate.UserException;
import org.palpate.curriculum.Curriculum;

/**
 * What a mock exam's questions are shared by: the program's blueprint over modules (program.yaml, the default), or
 * the MBLEx content outline over its areas (mblex.yaml and the questions' {@code mblex:} tags).
 */
public enum ExamBlueprint {
    PROGRAM, MBLEX;

    /** The drawn questions, and the areas that could not take their share. */
    record Draw(List<String> queue, List<ExamShortfall> shortfalls) {
    }

    /** {@code --blueprint} as typed: null is the program's blueprint; any value needs an exam. */
    public static ExamBlueprint of(String text, QuizMode mode) {
        if (text == null) {
            return PROGRAM;
        }
        if (mode != QuizMode.EXAM) {
            throw new UserException("--blueprint is for exams: add --mode exam");
        }
        return Arrays.stream(values()).filter(b -> b.id().equals(text.strip().toLowerCase(Locale.ROOT))).findFirst()
                .orElseThrow(() -> new UserException("unknown blueprint '" + text + "': use mblex (the MBLEx content "
                        + "outline) or program (the program's blueprint over modules, the default)"));
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    Draw draw(Curriculum curriculum, int count, Random random) {
        return this == MBLEX ? MblexExam.draw(curriculum, count, random)
                : new Draw(QueuePlanner.exam(curriculum, count, random), List.of());
    }
}
