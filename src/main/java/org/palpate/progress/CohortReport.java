package org.palpate.progress;

import java.time.Instant;
import java.util.List;

/**
 * The students at a glance: mastery per learner and module (the heatmap), module completion, and who is at risk and why.
 * {@code modules} gives the column order of every {@code mastery} list.
 */
public record CohortReport(Instant at, List<ModuleColumn> modules, List<LearnerRow> learners, List<ModuleCompletion> completion,
        List<AtRisk> atRisk, Thresholds thresholds) {

    public record ModuleColumn(String id, String title) {
    }

    /**
     * One student: mastery now per module (in {@code modules} order) and overall, overall mastery 7 days ago,
     * reviews in the last 7 days, the last study time, overdue reviews, critical questions whose last answer was wrong,
     * and the at-risk reasons (empty when none).
     */
    public record LearnerRow(String name, List<Double> mastery, double overall, double overallWeekAgo, int reviewsLast7Days,
            Instant lastStudy, int overdue, List<String> criticalWrong, List<String> reasons) {
    }

    /** How far the students are in one module: mastered it, started it (at least one question seen), mean mastery. */
    public record ModuleCompletion(String moduleId, String title, int learners, int started, int mastered, double meanMastery) {
    }

    public record AtRisk(String name, List<String> reasons) {
    }

    /** The at-risk rules in force. */
    public record Thresholds(int noStudyDays, int overdueBacklog, double masteryDrop, int trendDays) {
    }
}
