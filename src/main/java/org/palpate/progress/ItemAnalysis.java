package org.palpate.progress;

import java.time.Instant;
import java.util.List;

/**
 * Item analysis of every question (or one module's), on the students' first attempts, with Moodle's quiz statistics
 * definitions. {@code learners} is how many students answered at least one question.
 */
public record ItemAnalysis(Instant at, String moduleId, int learners, List<Item> items) {

    /**
     * One question.
     *
     * @param attempts       every answer by a student, first or not
     * @param firstAttempts  students who answered it (their first answer counts)
     * @param facility       share right on first attempts (Moodle's facility index for 0/1 items); null without attempts
     * @param discrimination corrected point-biserial: correlation of the first-attempt score with the rest score
     * @param efficiency     Moodle's discriminative efficiency: that covariance over the largest one possible
     * @param upperLower     share right among the top 27% by rest score minus among the bottom 27%
     * @param meanSeconds    mean answer time over every answer (each capped at 60 s); null when none was timed
     * @param lapses         times students forgot it after learning it (again in the review phase)
     * @param choices        for choice and true/false questions: how often each option was picked on first attempts
     * @param flags          "too easy", "too hard", "negative discrimination", "unused distractor"
     */
    public record Item(String questionId, String moduleId, String topic, String type, boolean critical, String prompt,
            int attempts, int firstAttempts, Double facility, Double discrimination, Double efficiency, Double upperLower,
            Double meanSeconds, int lapses, List<ChoiceCount> choices, List<String> flags) {
    }

    public record ChoiceCount(String text, boolean correct, int picks) {
    }
}
