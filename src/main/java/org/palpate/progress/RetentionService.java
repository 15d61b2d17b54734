package org.palpate.progress;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.palpate.UserException;
import org.palpate.curriculum.CurriculumService;
import org.palpate.curriculum.Question;
import org.palpate.learner.AccountService;
import org.palpate.learner.Learner;
import org.palpate.learner.LearnerRepository;
import org.palpate.quiz.CardRepository;
import org.palpate.quiz.ExamSchedules;
import org.palpate.quiz.ReviewEntry;
import org.palpate.quiz.ReviewLogRepository;
import org.palpate.quiz.Schedulers;
import org.palpate.StudyDay;
import org.palpate.scheduling.CardState;
import org.palpate.scheduling.Phase;
import org.palpate.scheduling.RetentionSimulator;
import org.springframework.stereotype.Service;

/**
 * {@code srs settings}: the learner's desired retention, the parameters their schedule uses, and what each retention
 * would cost and give over the next days, simulated on their own cards (docs/optimizer.md, "Retention simulator").
 */
@Service
public class RetentionService {
    static final double[] RETENTIONS = {0.80, 0.85, 0.90, 0.95};
    static final int DAYS = 90;
    /** An exam further away than this is simulated over the usual 90 days (a simulation costs time per day). */
    static final int MAX_DAYS = 365;
    /** Assumed for a learner without first answers yet. */
    private static final double FIRST_PASS_RATE = 0.7;
    private static final long SEED = 2023;

    private final AccountService accounts;
    private final LearnerRepository learners;
    private final CardRepository cards;
    private final ReviewLogRepository reviews;
    private final CurriculumService curricula;
    private final FsrsParametersRepository parameters;
    private final ExamSchedules exams;
    private final Clock clock;

    RetentionService(AccountService accounts, LearnerRepository learners, CardRepository cards, ReviewLogRepository reviews,
            CurriculumService curricula, FsrsParametersRepository parameters, ExamSchedules exams, Clock clock) {
        this.exams = exams;
        this.accounts = accounts;
        this.learners = learners;
        this.cards = cards;
        this.reviews = reviews;
        this.curricula = curricula;
        this.parameters = parameters;
        this.clock = clock;
    }

    /**
     * @param parameters "personal", "cohort" or "default": whose FSRS parameters schedule the learner
     * @param days       how far the simulation runs: up to the exam date when the learner has one ahead, else 90 days
     * @param toExam     whether {@code days} ends on the exam date
     * @param criticalRetention what safety-critical questions are scheduled at (program.yaml), null when like the rest
     * @param tradeOff   the simulated outcome at each of 0.80, 0.85, 0.90 and 0.95
     */
    public record Settings(String learner, double desiredRetention, int newPerDay, String parameters, int days,
                           boolean toExam, Double criticalRetention, List<RetentionSimulator.Outcome> tradeOff) {
    }

    public Settings show() {
        Learner learner = accounts.requireCurrent();
        String source = parameters.personal(learner.id()).filter(FsrsParametersRepository.PersonalFit::inUse).isPresent()
                ? "personal" : parameters.cohort().isPresent() ? "cohort" : "default";
        RetentionSimulator simulator = new RetentionSimulator(Schedulers.forLearner(learner).model());
        Optional<Long> toExam = exams.daysLeft(learner).filter(d -> d > 0 && d <= MAX_DAYS);
        int days = toExam.map(Long::intValue).orElse(DAYS);
        List<RetentionSimulator.Outcome> outcomes = simulator.compare(simulated(learner), days, RETENTIONS, SEED);
        Double critical = curricula.forStudents().program().criticalRetention();
        return new Settings(learner.name(), learner.desiredRetention(), learner.newPerDay(), source, days, toExam.isPresent(),
                critical == null ? null : Math.max(critical, learner.desiredRetention()), outcomes);
    }

    public Settings setDesiredRetention(double retention) {
        if (!(retention >= 0.7 && retention <= 0.99)) {
            throw new UserException("desired retention must be between 0.70 and 0.99, was " + retention);
        }
        learners.updateDesiredRetention(accounts.requireCurrent().id(), retention);
        return show();
    }

    private RetentionSimulator.Learner simulated(Learner learner) {
        ZoneId zone = clock.getZone();
        Instant now = clock.instant();
        LocalDate today = StudyDay.of(now, zone);
        Map<String, CardState> states = cards.findAllCounted(learner.id());
        List<RetentionSimulator.Card> known = new ArrayList<>();
        for (CardState state : states.values()) {
            if (state.phase() != Phase.NEW) {
                int due = (int) ChronoUnit.DAYS.between(today, StudyDay.of(state.due(), zone));
                int last = (int) ChronoUnit.DAYS.between(today, StudyDay.of(state.lastReview(), zone));
                known.add(new RetentionSimulator.Card(state.stability(), state.difficulty(), due, last));
            }
        }
        int unseen = 0;
        for (Question question : curricula.forStudents().questions()) {
            CardState state = states.get(question.id());
            unseen += state == null || state.phase() == Phase.NEW ? 1 : 0;
        }
        int firsts = 0;
        int passed = 0;
        for (ReviewEntry entry : reviews.history(learner.id())) {
            if (entry.before().reps() == 0) {
                firsts++;
                passed += entry.correct() ? 1 : 0;
            }
        }
        double passRate = firsts == 0 ? FIRST_PASS_RATE : (double) passed / firsts;
        return new RetentionSimulator.Learner(known, unseen, learner.newPerDay(), passRate);
    }
}
