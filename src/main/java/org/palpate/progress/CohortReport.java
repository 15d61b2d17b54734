package org.palpate.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.palpate.scheduling.Calibration;

/**
 * The students at a glance: mastery per learner and module on each one's horizon (the heatmap), exam readiness and
 * the ranking by it, module completion, and who is at risk and why. {@code modules} gives the column order of every
 * {@code mastery} list; {@code horizonLabel} names the horizon when every student has the same one ("on 14 Mar",
 * "in 30 days"), else says that each has their own; {@code ranking} lists the students by readiness, highest first;
 * {@code calibration} is the memory model's predicted against observed recall over every student's log (null when none).
 */
public record CohortReport(Instant at, String horizonLabel, List<ModuleColumn> modules, List<LearnerRow> learners,
        List<String> ranking, int onTrack, List<ModuleCompletion> completion, List<AtRisk> atRisk, Thresholds thresholds,
        Calibration calibration) {

    public record ModuleColumn(String id, String title) {
    }

    /**
     * One student: mastery on their horizon per module (in {@code modules} order) and overall, overall mastery 7 days
     * ago (predicted then, for the horizon of then), exam readiness and whether it is on track, reviews in the last
     * 7 days, the last study time, overdue reviews, critical questions whose last answer was wrong, true retention (the
     * share of reviews of learned questions recalled; null before any) with its review count, and the at-risk reasons.
     */
    public record LearnerRow(String name, LocalDate horizon, LocalDate examDate, List<Double> mastery, double overall,
            double overallWeekAgo, double readiness, boolean onTrack, int reviewsLast7Days, Instant lastStudy, int overdue,
            List<String> criticalWrong, Double trueRetention, int retentionReviews, List<String> reasons) {
    }

    /** How far the students are in one module: mastered it, started it (at least one question seen), mean mastery. */
    public record ModuleCompletion(String moduleId, String title, int learners, int started, int mastered, double meanMastery) {
    }

    public record AtRisk(String name, List<String> reasons) {
    }

    /** The at-risk rules in force, and the readiness at which a student is on track. */
    public record Thresholds(int noStudyDays, int overdueBacklog, double masteryDrop, int trendDays, double lowRetention,
            int retentionMinReviews, double onTrack) {
    }
}
