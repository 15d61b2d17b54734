package org.palpate.quiz;

import java.util.SplittableRandom;

import org.palpate.learner.Learner;
import org.palpate.scheduling.Scheduler;
import org.palpate.scheduling.SchedulerSettings;

/** Builds the FSRS scheduler for a learner's settings, with fuzz drawn from a seed (same card + review = same fuzz). */
public final class Schedulers {

    private Schedulers() {
    }

    public static Scheduler forLearner(Learner learner) {
        return forLearner(learner, learner.desiredRetention());
    }

    /** The learner's scheduler aiming at another desired retention (safety-critical questions may aim higher). */
    public static Scheduler forLearner(Learner learner, double desiredRetention) {
        SchedulerSettings settings = SchedulerSettings.defaults().withDesiredRetention(desiredRetention);
        if (!learner.fsrsWeights().isEmpty()) { // personal or cohort parameters (srs optimize)
            settings = settings.withWeights(learner.fsrsWeights().stream().mapToDouble(Double::doubleValue).toArray());
        }
        return new Scheduler(settings, seed -> new SplittableRandom(seed).nextDouble());
    }

    /** A stable per-card seed: String.hashCode is specified by the language, so it is the same in every JVM. */
    public static long cardSeed(long learnerId, String questionId) {
        return learnerId * 1_000_003L + questionId.hashCode();
    }
}
