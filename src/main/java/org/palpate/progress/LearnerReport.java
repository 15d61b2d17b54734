package org.palpate.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.palpate.progress.ProgressReport.ModuleProgress;
import org.palpate.scheduling.Calibration;

/**
 * Everything about one learner: mastery per module and topic on the horizon and exam readiness (the {@code progress}
 * figures, under the same keys {@code reviews}, {@code horizon}, {@code examDate}, {@code readiness} and {@code modules}),
 * safety-critical questions, the reviews due in the next 30 days, a calendar of study, true retention, streaks, time
 * spent, the weakest questions, and how well the memory model fits this learner ({@code calibration}: predicted
 * against observed recall from their own review log; null before any review can be predicted).
 */
public record LearnerReport(String learner, Instant at, int reviews, LocalDate horizon, String horizonLabel, long daysLeft,
        LocalDate examDate, double readiness, double desiredRetention, List<ModuleProgress> modules, List<ProgressReport.WeakTopic> weakestTopics,
        List<ProgressReport.CriticalAtRisk> criticalAtRisk, List<CriticalItem> critical, List<DayCount> forecast,
        List<StudyDayStats> calendar, List<RetentionBucket> retention, Streak streak, TimeSpent time, List<WeakItem> weakest,
        Calibration calibration) {

    /**
     * A safety-critical question: {@code status} is "not seen", "right" or "wrong" (the last answer); recall now and
     * on the horizon day.
     */
    public record CriticalItem(String questionId, String moduleId, String prompt, String status, Instant lastAnswered,
            double retrievability, double recallOnHorizon, Instant due, int lapses) {
    }

    /** Reviews falling due on one study day; the first day (today) includes every overdue review. */
    public record DayCount(LocalDate date, int count) {
    }

    /** One study day with answers: how many, how many right, and the answer time (each answer capped at 60 s). */
    public record StudyDayStats(LocalDate date, int reviews, int correct, long seconds) {
    }

    /**
     * Reviews of questions in the review phase whose interval since the last review fell in [minDays, maxDays):
     * how many, how many recalled (any rating but again), and the share (null when none).
     */
    public record RetentionBucket(String label, double minDays, double maxDays, int reviews, int recalled, Double share) {
    }

    /** Consecutive study days up to today (or yesterday, when today has no answer yet); the longest run; days studied. */
    public record Streak(int current, int longest, int daysStudied, LocalDate lastStudyDay) {
    }

    /** Answer time in seconds (each answer capped at 60 s): in total, in the last 7 and 30 days, and per review. */
    public record TimeSpent(long totalSeconds, long last7DaysSeconds, long last30DaysSeconds, double secondsPerReview) {
    }

    /**
     * A question the learner is least likely to recall on the horizon day (and now), with its lapses (forgotten after
     * learning it) and wrong answers.
     */
    public record WeakItem(String questionId, String moduleId, String prompt, double retrievability, double recallOnHorizon,
            int lapses, int wrong, int reviews) {
    }

    /** The progress figures of this report, as {@code progress} shows them. */
    public ProgressReport progress() {
        return new ProgressReport(learner, at, reviews, horizon, horizonLabel, daysLeft, examDate, readiness, desiredRetention, modules,
                weakestTopics, criticalAtRisk);
    }
}
