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

    /**
     * The one rule of what a quiz may show while it runs. An exam shows no verdict, no right answer, no explanation,
     * no next intervals and no rating prompt, and takes no answer back, until {@code quiz finish}; every front end
     * (study, quiz answer, JSON) asks here, and the service refuses what an exam may not do.
     */
    public boolean showsFeedback() {
        return this != EXAM;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static QuizMode of(String text) {
        return Arrays.stream(values()).filter(m -> m.id().equalsIgnoreCase(text.strip())).findFirst()
                .orElseThrow(() -> new UserException("unknown mode '" + text + "': use "
                        + Arrays.stream(values()).map(QuizMode::id).collect(Collectors.joining(" or "))));
    }
}
