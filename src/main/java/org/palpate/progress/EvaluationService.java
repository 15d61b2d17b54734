package org.palpate.progress;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.palpate.UserException;
import org.palpate.learner.Learner;
import org.palpate.quiz.ReviewEntry;
import org.palpate.quiz.ReviewLogRepository;
import org.palpate.StudyDay;
import org.palpate.scheduling.Calibration;
import org.palpate.scheduling.Evaluation;
import org.palpate.scheduling.Evaluator;
import org.palpate.scheduling.FsrsModel;
import org.palpate.scheduling.Review;
import org.springframework.stereotype.Service;

/** How well the memory model predicts a review history: log loss and RMSE(bins), as fsrs-rs computes them. */
@Service
public class EvaluationService {

    private final ReviewLogRepository reviews;
    private final FsrsParametersRepository parameters;

    EvaluationService(ReviewLogRepository reviews, FsrsParametersRepository parameters) {
        this.reviews = reviews;
        this.parameters = parameters;
    }

    /** One parameter set scored on a learner's log: "default", "cohort" or "personal". */
    public record Compared(String parameters, Evaluation evaluation, boolean inUse) {
    }

    public Evaluation ofFile(Path csv, ZoneId zone) {
        return evaluate(new Evaluator(FsrsModel.defaults()), RevlogCsv.readFile(csv, zone).values());
    }

    public Evaluation ofLearner(Learner learner, ZoneId zone) {
        // fsrs-rs drops outlier groups before it evaluates; a single learner's history is too small for that filter.
        return evaluate(new Evaluator(FsrsModel.defaults(), false), histories(List.of(learner), zone).values());
    }

    /**
     * Predicted against observed recall over these learners' own review logs (each question of each learner one
     * history), scored as {@link #ofLearner} scores; empty when no review can be predicted yet.
     */
    public Optional<Calibration> calibration(List<Learner> learners, ZoneId zone) {
        Map<String, List<Review>> histories = histories(learners, zone);
        try {
            return Optional.of(new Evaluator(FsrsModel.defaults(), false).calibrate(histories.values()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * The default parameters, the cohort's and the learner's own fit (those that exist) on the learner's log; the one
     * the scheduler uses is marked (see docs/optimizer.md).
     */
    public List<Compared> compareOnLearner(Learner learner, ZoneId zone) {
        Collection<List<Review>> log = histories(List.of(learner), zone).values();
        List<Compared> compared = new ArrayList<>();
        var cohort = parameters.cohort();
        var personal = parameters.personal(learner.id());
        boolean personalInUse = personal.map(FsrsParametersRepository.PersonalFit::inUse).orElse(false);
        compared.add(new Compared("default", evaluate(new Evaluator(FsrsModel.defaults(), false), log),
                cohort.isEmpty() && !personalInUse));
        cohort.ifPresent(fit -> compared.add(new Compared("cohort",
                evaluate(new Evaluator(new FsrsModel(fit.weights()), false), log), !personalInUse)));
        personal.ifPresent(fit -> compared.add(new Compared("personal",
                evaluate(new Evaluator(new FsrsModel(fit.weights()), false), log), personalInUse)));
        return compared;
    }

    /** For each question, how the model predicted each of these learners' history of it (learners without one left out). */
    Map<String, List<Calibration.Fit>> fitsByQuestion(Collection<Long> learnerIds, ZoneId zone) {
        Evaluator evaluator = new Evaluator(FsrsModel.defaults(), false);
        Map<String, List<Calibration.Fit>> fits = new LinkedHashMap<>();
        for (long id : learnerIds) {
            Map<String, List<Review>> mine = new LinkedHashMap<>();
            for (ReviewEntry entry : reviews.history(id)) {
                mine.computeIfAbsent(entry.questionId(), q -> new ArrayList<>())
                        .add(new Review(StudyDay.of(entry.reviewedAt(), zone).toEpochDay(), entry.rating()));
            }
            mine.forEach((question, history) -> {
                Calibration.Fit fit = evaluator.fit(history);
                if (fit.reviews() > 0) {
                    fits.computeIfAbsent(question, q -> new ArrayList<>()).add(fit);
                }
            });
        }
        return fits;
    }

    private Map<String, List<Review>> histories(List<Learner> learners, ZoneId zone) {
        Map<String, List<Review>> histories = new LinkedHashMap<>();
        for (Learner learner : learners) {
            for (ReviewEntry entry : reviews.history(learner.id())) {
                long day = StudyDay.of(entry.reviewedAt(), zone).toEpochDay();
                histories.computeIfAbsent(learner.id() + "/" + entry.questionId(), q -> new ArrayList<>())
                        .add(new Review(day, entry.rating()));
            }
        }
        return histories;
    }

    private static Evaluation evaluate(Evaluator evaluator, Collection<List<Review>> histories) {
        try {
            return evaluator.evaluate(histories);
        } catch (IllegalArgumentException e) {
            throw new UserException("nothing to evaluate yet: FSRS predicts only reviews that come a day or more after "
                    + "the previous one of the same question");
        }
    }
}
