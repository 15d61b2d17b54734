package org.palpate.progress;

import java.time.Instant;
import java.util.List;

/**
 * Where a learner stands. Mastery is the mean FSRS retrievability now over the questions (unseen = 0);
 * {@code dueToday} counts reviews due by the end of this study day, {@code dueIn7Days} by the end of the 7th day
 * from now (today included).
 */
public record ProgressReport(String learner, Instant at, int reviews, List<ModuleProgress> modules) {

    public record ModuleProgress(String id, String title, double mastery, int seen, int total, int dueToday, int dueIn7Days,
            int critical, int criticalRight, boolean mastered, List<TopicProgress> topics) {
    }

    public record TopicProgress(String id, String title, double mastery, int seen, int total, int dueToday, int dueIn7Days) {
    }
}
