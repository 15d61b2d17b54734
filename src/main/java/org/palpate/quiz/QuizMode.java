package org.palpate.quiz;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.palpate.UserException;

/**
 * daily: due reviews, then new questions (what {@code study} runs); practice: questions of a module or topic;
 * exam: a mock exam drawn by the blueprint, optionally timed, with no feedback until it is finished.
 */
public enum QuizMode {
    DAILY, PRACTICE, EXAM;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static QuizMode of(String text) {
        return Arrays.stream(values()).filter(m -> m.id().equalsIgnoreCase(text.strip())).findFirst()
                .orElseThrow(() -> new UserException("unknown mode '" + text + "': use "
                        + Arrays.stream(values()).map(QuizMode::id).collect(Collectors.joining(" or "))));
    }
}
