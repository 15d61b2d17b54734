package org.palpate.progress;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.palpate.StudyDay;
import org.palpate.scheduling.CardState;
import org.palpate.scheduling.FsrsModel;
import org.palpate.scheduling.Phase;

/**
 * What mastery means, in one place (docs/mastery.md). Mastery of a question is the memory model's predicted chance of
 * recalling it on the day that matters, the {@link Horizon}: the learner's exam date, or {@link #DEFAULT_HORIZON_DAYS}
 * days ahead when there is none or it is past. Recall right after an answer is close to 1 whatever was learned; recall
 * weeks later is what the exam tests. Every report, table and chart takes its figures and thresholds from here.
 */
public final class MasteryPolicy {

    /** A module is mastered from this mean predicted recall on the horizon (and the conditions of {@link #mastered}). */
    public static final double MASTERED = 0.9;
    /** A student is on track when their exam readiness (expected share right on the exam day) reaches this. */
    public static final double ON_TRACK = 0.8;
    /** How far ahead mastery looks when the learner has no exam date (or it is past). */
    public static final int DEFAULT_HORIZON_DAYS = 30;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_YEAR = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private MasteryPolicy() {
    }

    /**
     * The study day mastery is predicted for. {@code exam} is true when it is an exam date, false for the default
     * horizon; {@code today} is the study day the prediction is made on.
     */
    public record Horizon(LocalDate date, boolean exam, LocalDate today) {

        public Horizon {
            Objects.requireNonNull(date);
            Objects.requireNonNull(today);
        }

        /** "on 14 Mar" (with the year when it is not this year's) for an exam date, else "in 30 days". */
        public String label() {
            if (!exam) {
                return "in " + ChronoUnit.DAYS.between(today, date) + " days";
            }
            return "on " + date.format(date.getYear() == today.getYear() ? DAY : DAY_YEAR);
        }

        public long daysLeft() {
            return ChronoUnit.DAYS.between(today, date);
        }
    }

    /** The exam date when there is one from today on, else {@link #DEFAULT_HORIZON_DAYS} days after today. */
    public static Horizon horizon(LocalDate examDate, LocalDate today) {
        if (examDate != null && !examDate.isBefore(today)) {
            return new Horizon(examDate, true, today);
        }
        return new Horizon(today.plusDays(DEFAULT_HORIZON_DAYS), false, today);
    }

    /**
     * Predicted recall of a card on the horizon day: R(t, S) of FSRS-6 with t the whole days from the study day of its
     * last review to that day. A card never seen (null or NEW) counts 0; one in learning or relearning counts with the
     * stability it has.
     */
    public static double recall(FsrsModel model, CardState card, LocalDate on, ZoneId zone) {
        if (card == null || card.phase() == Phase.NEW) {
            return 0;
        }
        long days = Math.max(0, ChronoUnit.DAYS.between(StudyDay.of(card.lastReview(), zone), on));
        return model.retrievability(days, card.stability());
    }

    /** The mean of the values, 0 for none (a topic or module without questions). */
    public static double mean(Collection<Double> values) {
        return values.isEmpty() ? 0 : values.stream().mapToDouble(Double::doubleValue).sum() / values.size();
    }

    /**
     * A module is mastered when its mastery reaches {@link #MASTERED}, every question was seen and has left the learning
     * and relearning steps (it is in the review phase), and every critical question was answered right at its last review.
     *
     * @param cards one entry per question of the module, null for a question never seen
     */
    public static boolean mastered(double mastery, List<CardState> cards, boolean criticalRightLastTime) {
        return !cards.isEmpty() && mastery >= MASTERED && criticalRightLastTime
                && cards.stream().allMatch(c -> c != null && c.phase() == Phase.REVIEW);
    }

    /**
     * Exam readiness: the expected share right on a blueprint exam, i.e. the modules' mastery weighted by their blueprint
     * shares (over the blueprint's modules that have questions). Without a blueprint, every question weighs the same.
     *
     * @param mastery  module id -> mastery on the horizon
     * @param sizes    module id -> number of questions
     */
    public static double readiness(Map<String, Double> blueprint, Map<String, Double> mastery, Map<String, Integer> sizes) {
        double weighted = 0;
        double weights = 0;
        for (Map.Entry<String, Double> m : mastery.entrySet()) {
            int size = sizes.getOrDefault(m.getKey(), 0);
            double weight = blueprint.isEmpty() ? size : size == 0 ? 0 : blueprint.getOrDefault(m.getKey(), 0.0);
            weighted += weight * m.getValue();
            weights += weight;
        }
        return weights == 0 ? 0 : weighted / weights;
    }

    /** A module's share of a blueprint exam (normalised over the blueprint's modules with questions; by size without one). */
    public static double examShare(String moduleId, Map<String, Double> blueprint, Map<String, Integer> sizes) {
        double total = 0;
        for (Map.Entry<String, Integer> s : sizes.entrySet()) {
            total += s.getValue() == 0 ? 0 : blueprint.isEmpty() ? s.getValue() : blueprint.getOrDefault(s.getKey(), 0.0);
        }
        double mine = sizes.getOrDefault(moduleId, 0) == 0 ? 0
                : blueprint.isEmpty() ? sizes.get(moduleId) : blueprint.getOrDefault(moduleId, 0.0);
        return total == 0 ? 0 : mine / total;
    }
}
