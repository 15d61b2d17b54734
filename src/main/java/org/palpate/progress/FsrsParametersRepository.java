package org.palpate.progress;

import static org.palpate.learner.LearnerRepository.utc;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.palpate.learner.LearnerRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Fitted FSRS parameters: each learner's latest fit, and the cohort's (V10__fsrs_parameters.sql). */
@Repository
public class FsrsParametersRepository {

    private final JdbcClient jdbc;

    FsrsParametersRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A learner's fit, with how well it and the starting parameters predicted the learner's log. */
    public record PersonalFit(long learnerId, double[] weights, Instant fittedAt, int reviews, int items, double logLoss,
                              double rmseBins, double baselineLogLoss, boolean inUse) {
    }

    /** The cohort's fit. */
    public record CohortFit(double[] weights, Instant fittedAt, int learners, int reviews, int items, double logLoss,
                            double rmseBins) {
    }

    @Transactional
    public void savePersonal(PersonalFit fit) {
        jdbc.sql("DELETE FROM learner_fsrs_parameters WHERE learner_id = ?").param(fit.learnerId()).update();
        jdbc.sql("INSERT INTO learner_fsrs_parameters (learner_id, weights, fitted_at, reviews, items, log_loss, rmse_bins, "
                        + "baseline_log_loss, in_use) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(fit.learnerId(), stored(fit.weights()), utc(fit.fittedAt()), fit.reviews(), fit.items(), fit.logLoss(),
                        fit.rmseBins(), fit.baselineLogLoss(), fit.inUse())
                .update();
    }

    public Optional<PersonalFit> personal(long learnerId) {
        return jdbc.sql("SELECT * FROM learner_fsrs_parameters WHERE learner_id = ?").param(learnerId)
                .query((row, n) -> new PersonalFit(row.getLong("learner_id"), weights(row.getString("weights")),
                        row.getObject("fitted_at", java.time.OffsetDateTime.class).toInstant(), row.getInt("reviews"),
                        row.getInt("items"), row.getDouble("log_loss"), row.getDouble("rmse_bins"),
                        row.getDouble("baseline_log_loss"), row.getBoolean("in_use")))
                .optional();
    }

    @Transactional
    public void saveCohort(CohortFit fit) {
        jdbc.sql("DELETE FROM cohort_fsrs_parameters WHERE id = 1").update();
        jdbc.sql("INSERT INTO cohort_fsrs_parameters (id, weights, fitted_at, learners, reviews, items, log_loss, rmse_bins) "
                        + "VALUES (1, ?, ?, ?, ?, ?, ?, ?)")
                .params(stored(fit.weights()), utc(fit.fittedAt()), fit.learners(), fit.reviews(), fit.items(), fit.logLoss(),
                        fit.rmseBins())
                .update();
    }

    public Optional<CohortFit> cohort() {
        return jdbc.sql("SELECT * FROM cohort_fsrs_parameters WHERE id = 1")
                .query((row, n) -> new CohortFit(weights(row.getString("weights")),
                        row.getObject("fitted_at", java.time.OffsetDateTime.class).toInstant(), row.getInt("learners"),
                        row.getInt("reviews"), row.getInt("items"), row.getDouble("log_loss"), row.getDouble("rmse_bins")))
                .optional();
    }

    /** Round-trip exact: Double.toString gives the shortest text that parses back to the same double. */
    static String stored(double[] weights) {
        return Arrays.stream(weights).mapToObj(Double::toString).collect(Collectors.joining(","));
    }

    private static double[] weights(String stored) {
        List<Double> values = LearnerRepository.weights(stored);
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
