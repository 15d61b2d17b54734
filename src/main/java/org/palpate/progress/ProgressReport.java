package org.palpate.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Where a learner stands. Mastery is the mean predicted recall over the questions on the {@code horizon} day (the
 * exam date, or 30 days ahead; unseen = 0), as {@link MasteryPolicy} defines it; {@code horizonLabel} names that day
 * ("on 14 Mar", "in 30 days"), {@code daysLeft} how many study days away it is. {@code readiness} is the expected share right on a blueprint exam on that day;
 * {@code examDate} is null when none is set. {@code dueToday} counts reviews due by the end of this study day,
 * {@code dueIn7Days} by the end of the 7th day from now (today included).
 */
public record ProgressReport(String learner, Instant at, int reviews, LocalDate horizon, String horizonLabel, long daysLeft, LocalDate examDate,
        double readiness, double desiredRetention, List<ModuleProgress> modules, List<WeakTopic> weakestTopics,
        List<CriticalAtRisk> criticalAtRisk) {

    /**
     * One module: {@code learning} counts questions still in their learning or relearning steps, {@code examShare} is the
     * module's share of a blueprint exam; {@code mastery} is also the expected share of its exam questions right.
     */
    public record ModuleProgress(String id, String title, double mastery, int seen, int total, int learning, int dueToday,
            int dueIn7Days, int critical, int criticalRight, double examShare, boolean mastered, List<TopicProgress> topics) {
    }

    public record TopicProgress(String id, String title, double mastery, int seen, int total, int dueToday, int dueIn7Days) {
    }

    /** One of the topics with the lowest mastery on the horizon. */
    public record WeakTopic(String moduleId, String topicId, String title, double mastery) {
    }

    /** A critical question whose predicted recall on the horizon is under the learner's desired retention. */
    public record CriticalAtRisk(String questionId, String moduleId, boolean seen, double recall) {
    }
}
