package org.palpate.progress;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.palpate.UserException;
import org.palpate.learner.Access;
import org.palpate.learner.Learner;
import org.palpate.learner.LearnerRepository;
import org.palpate.learner.Role;
import org.palpate.quiz.ReviewEntry;
import org.palpate.quiz.ReviewLogRepository;
import org.palpate.StudyDay;
import org.palpate.scheduling.Evaluation;
import org.palpate.scheduling.Evaluator;
import org.palpate.scheduling.FittedParameters;
import org.palpate.scheduling.FsrsModel;
import org.palpate.scheduling.FsrsOptimizer;
import org.palpate.scheduling.Review;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * {@code srs optimize}: fits FSRS-6 parameters to a review log (docs/optimizer.md) and, for a learner or the cohort,
 * stores them for the scheduler. A learner's fit is used only if it predicts their own log better than what they
 * start from (the cohort's parameters, else the defaults).
 */
@Service
public class OptimizationService {

    private final ReviewLogRepository reviews;
    private final LearnerRepository learners;
    private final FsrsParametersRepository parameters;
    private final Access access;
    private final Clock clock;
    private final int minimumReviews;

    OptimizationService(ReviewLogRepository reviews, LearnerRepository learners, FsrsParametersRepository parameters,
            Access access, Clock clock, @Value("${palpate.srs.optimize.minimum-reviews:400}") int minimumReviews) {
        this.reviews = reviews;
        this.learners = learners;
        this.parameters = parameters;
        this.access = access;
        this.clock = clock;
        this.minimumReviews = minimumReviews;
    }

    /**
     * What a fit gave.
     *
     * @param subject      the file, learner or "cohort" fitted
     * @param fitted       the parameters and how far fitting got
     * @param reviews      reviews in the log
     * @param evaluation   how well the fitted parameters predict the log (conventions of {@code srs evaluate})
     * @param baseline     the same for the parameters the subject starts from
     * @param baselineName "default" or "cohort"
     * @param millis       time spent fitting
     * @param saved        stored for the scheduler
     * @param inUse        the scheduler uses them (a learner's fit that beats the baseline, or the cohort's)
     */
    public record Result(String subject, FittedParameters fitted, int reviews, Evaluation evaluation, Evaluation baseline,
                         String baselineName, long millis, boolean saved, boolean inUse) {
    }

    public Result ofFile(Path csv, ZoneId zone) {
        Map<String, List<Review>> log = RevlogCsv.readFile(csv, zone);
        int count = log.values().stream().mapToInt(List::size).sum();
        Fit fit = fit(log, true);
        return new Result(csv.toString(), fit.fitted(), count, fit.evaluation(),
                evaluate(log, FsrsModel.defaultWeights(), true), "default", fit.millis(), false, false);
    }

    /** Fits and stores the parameters of {@code name} (the logged-in learner when null). */
    public Result ofLearner(String name, ZoneId zone) {
        Learner learner = access.requireReadable(name);
        List<ReviewEntry> history = reviews.history(learner.id());
        if (history.size() < minimumReviews) {
            throw new UserException(learner.name() + " has " + history.size() + " reviews; personal parameters need at least "
                    + minimumReviews + ". Until then the scheduler uses the " + baselineName() + " parameters.");
        }
        Map<String, List<Review>> log = new LinkedHashMap<>();
        for (ReviewEntry entry : history) {
            log.computeIfAbsent(entry.questionId(), q -> new ArrayList<>()).add(day(entry, zone));
        }
        Fit fit = fit(log, false);
        double[] baselineWeights = parameters.cohort().map(FsrsParametersRepository.CohortFit::weights)
                .orElse(FsrsModel.defaultWeights());
        Evaluation baseline = evaluate(log, baselineWeights, false);
        boolean trained = fit.fitted().stage() != FittedParameters.Stage.DEFAULTS;
        boolean better = trained && fit.evaluation().logLoss() < baseline.logLoss();
        if (trained) {
            parameters.savePersonal(new FsrsParametersRepository.PersonalFit(learner.id(), fit.fitted().weights(),
                    clock.instant(), history.size(), fit.evaluation().items(), fit.evaluation().logLoss(),
                    fit.evaluation().rmseBins(), baseline.logLoss(), better));
        }
        return new Result(learner.name(), fit.fitted(), history.size(), fit.evaluation(), baseline, baselineName(),
                fit.millis(), trained, better);
    }

    /** Fits one set of parameters to every student's reviews; new students start from it. Instructors only. */
    public Result ofCohort(ZoneId zone) {
        access.requireInstructor();
        Map<String, List<Review>> log = new LinkedHashMap<>();
        int students = 0;
        int count = 0;
        for (Learner student : learners.findAll()) {
            if (student.role() != Role.STUDENT) {
                continue;
            }
            List<ReviewEntry> history = reviews.history(student.id());
            students += history.isEmpty() ? 0 : 1;
            count += history.size();
            for (ReviewEntry entry : history) {
                // one card per student and question
                log.computeIfAbsent(student.id() + ":" + entry.questionId(), q -> new ArrayList<>()).add(day(entry, zone));
            }
        }
        if (count < minimumReviews) {
            throw new UserException("the students have " + count + " reviews together; cohort parameters need at least "
                    + minimumReviews + ".");
        }
        Fit fit = fit(log, false);
        boolean trained = fit.fitted().stage() != FittedParameters.Stage.DEFAULTS;
        if (trained) {
            parameters.saveCohort(new FsrsParametersRepository.CohortFit(fit.fitted().weights(), clock.instant(), students,
                    count, fit.evaluation().items(), fit.evaluation().logLoss(), fit.evaluation().rmseBins()));
        }
        return new Result("cohort", fit.fitted(), count, fit.evaluation(), evaluate(log, FsrsModel.defaultWeights(), false),
                "default", fit.millis(), trained, trained);
    }

    private String baselineName() {
        return parameters.cohort().isPresent() ? "cohort" : "default";
    }

    private static Review day(ReviewEntry entry, ZoneId zone) {
        return new Review(StudyDay.of(entry.reviewedAt(), zone).toEpochDay(), entry.rating());
    }

    private record Fit(FittedParameters fitted, Evaluation evaluation, long millis) {
    }

    private static Fit fit(Map<String, List<Review>> log, boolean filterOutliers) {
        long start = System.nanoTime();
        FittedParameters fitted = new FsrsOptimizer().fit(log);
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new Fit(fitted, evaluate(log, fitted.weights(), filterOutliers), millis);
    }

    /** As {@code srs evaluate} scores it: a file with fsrs-rs's outlier filter, a learner's own log without. */
    private static Evaluation evaluate(Map<String, List<Review>> log, double[] weights, boolean filterOutliers) {
        try {
            return new Evaluator(new FsrsModel(weights), filterOutliers).evaluate(log.values());
        } catch (IllegalArgumentException e) {
            throw new UserException("nothing to fit yet: FSRS learns only from reviews that come a day or more after "
                    + "the previous one of the same question");
        }
    }
}
