package org.palpate.progress;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.palpate.quiz.ResponseJson;
import org.palpate.curriculum.Curriculum;
import org.palpate.curriculum.CurriculumService;
import org.palpate.curriculum.Question;
import org.palpate.curriculum.QuestionType;
import org.palpate.learner.Access;
import org.palpate.learner.Learner;
import org.palpate.learner.LearnerRepository;
import org.palpate.learner.Role;
import org.palpate.progress.ItemAnalysis.ChoiceCount;
import org.palpate.progress.ItemAnalysis.Item;
import org.palpate.progress.ItemStatistics.Attempt;
import org.palpate.progress.ReportQueries.AnswerTimes;
import org.palpate.progress.ReportQueries.FirstAttempt;
import org.palpate.scheduling.Calibration;
import org.palpate.scheduling.CardState;
import org.springframework.stereotype.Service;

/**
 * Item analysis with the definitions of Moodle's quiz statistics report, adapted to a question bank that every
 * student meets in their own order: each student's first attempt at a question is their score on it (1 right, 0
 * wrong), and their overall score is their share right on first attempts over every question they attempted.
 * Instructors only ({@link Access#requireInstructor()}).
 */
@Service
public class ItemAnalysisService {

    /**
     * A learner recalls a question "far below prediction" when, over at least {@link #MIN_PREDICTED_REVIEWS} predicted
     * reviews of it, the share recalled is this much under the model's mean prediction.
     */
    public static final double FAR_BELOW_PREDICTION = 0.25;
    /** Predicted reviews of a question a learner needs before their recall of it is compared with the prediction. */
    public static final int MIN_PREDICTED_REVIEWS = 2;
    /** A facility index above this flags a question as too easy. */
    public static final double TOO_EASY = 0.9;
    /** A facility index below this flags a question as too hard. */
    public static final double TOO_HARD = 0.3;
    /** No flag before this many first attempts: two or three answers say nothing about a question. */
    public static final int MIN_ATTEMPTS_FOR_FLAGS = 5;
    /**
     * Below this many first attempts the correlation is too noisy, so a negative discrimination is judged by the
     * upper-lower 27% index instead.
     */
    public static final int SMALL_GROUP = 30;

    private final Access access;
    private final CurriculumService curricula;
    private final LearnerRepository learners;
    private final EvaluationService evaluation;
    private final ReportQueries queries;
    private final Clock clock;

    ItemAnalysisService(Access access, CurriculumService curricula, LearnerRepository learners, ReportQueries queries,
            EvaluationService evaluation, Clock clock) {
        this.evaluation = evaluation;
        this.access = access;
        this.curricula = curricula;
        this.learners = learners;
        this.queries = queries;
        this.clock = clock;
    }

    /** Every question, or those of one module (the overall scores still count every question). */
    public ItemAnalysis report(String moduleId) {
        access.requireInstructor();
        return build(moduleId);
    }

    ItemAnalysis build(String moduleId) {
        Curriculum curriculum = curricula.forStudents();
        List<Question> questions = moduleId == null ? curriculum.questions() : curricula.module(moduleId).questions();
        Set<String> current = curriculum.questions().stream().map(Question::id).collect(Collectors.toSet());
        Set<Long> students = learners.findAll().stream().filter(l -> l.role() == Role.STUDENT).map(Learner::id)
                .collect(Collectors.toSet());

        List<FirstAttempt> firsts = queries.firstAttempts().stream()
                .filter(a -> students.contains(a.learnerId()) && current.contains(a.questionId())).toList();
        Map<Long, int[]> totals = new HashMap<>(); // learner -> {attempted, right}
        Map<String, List<FirstAttempt>> byQuestion = new HashMap<>();
        for (FirstAttempt a : firsts) {
            int[] t = totals.computeIfAbsent(a.learnerId(), k -> new int[2]);
            t[0]++;
            t[1] += a.correct() ? 1 : 0;
            byQuestion.computeIfAbsent(a.questionId(), k -> new ArrayList<>()).add(a);
        }

        Map<String, int[]> cardTotals = new HashMap<>(); // question -> {answers, lapses}
        queries.cards().forEach((learner, cards) -> {
            if (students.contains(learner)) {
                for (Map.Entry<String, CardState> c : cards.entrySet()) {
                    int[] t = cardTotals.computeIfAbsent(c.getKey(), k -> new int[2]);
                    t[0] += c.getValue().reps();
                    t[1] += c.getValue().lapses();
                }
            }
        });
        Map<String, long[]> times = new HashMap<>(); // question -> {capped ms, timed answers}
        for (AnswerTimes t : queries.answerTimes()) {
            if (students.contains(t.learnerId())) {
                long[] sum = times.computeIfAbsent(t.questionId(), k -> new long[2]);
                sum[0] += t.cappedMs();
                sum[1] += t.timed();
            }
        }

        Map<String, List<Calibration.Fit>> fits = evaluation.fitsByQuestion(students, clock.getZone());
        List<Item> items = new ArrayList<>();
        for (Question q : questions) {
            List<FirstAttempt> mine = byQuestion.getOrDefault(q.id(), List.of());
            int right = (int) mine.stream().filter(FirstAttempt::correct).count();
            // The rest score leaves this question out; a learner who attempted nothing else has none.
            List<Attempt> attempts = mine.stream().filter(a -> totals.get(a.learnerId())[0] > 1).map(a -> {
                int[] t = totals.get(a.learnerId());
                int score = a.correct() ? 1 : 0;
                return new Attempt(a.learnerId(), score, (t[1] - score) / (double) (t[0] - 1));
            }).toList();
            Double facility = ItemStatistics.facility(right, mine.size());
            Double discrimination = ItemStatistics.discrimination(attempts);
            Double upperLower = ItemStatistics.upperLower(attempts);
            long[] time = times.get(q.id());
            int[] cardTotal = cardTotals.getOrDefault(q.id(), new int[2]);
            List<ChoiceCount> choices = choiceCounts(q, mine);
            items.add(new Item(q.id(), q.moduleId(), q.topic(), q.type().id(),
                    q.critical(), q.prompt(), cardTotal[0], mine.size(), facility, discrimination, ItemStatistics.efficiency(attempts),
                    upperLower, time == null || time[1] == 0 ? null : time[0] / 1000.0 / time[1], cardTotal[1], choices,
                    flags(q, mine.size(), facility, attempts.size() >= SMALL_GROUP ? discrimination : upperLower, choices,
                            fits.getOrDefault(q.id(), List.of()))));
        }
        return new ItemAnalysis(clock.instant(), moduleId, totals.size(), items);
    }

    static List<String> flags(Question q, int firstAttempts, Double facility, Double discrimination, List<ChoiceCount> choices,
            List<Calibration.Fit> fits) {
        List<String> flags = flags(q, firstAttempts, facility, discrimination, choices);
        if (farBelowPrediction(fits)) {
            flags.add("recalled far below prediction");
        }
        return flags;
    }

    /**
     * Most learners with {@link #MIN_PREDICTED_REVIEWS} predicted reviews of the question (at least
     * {@link #MIN_ATTEMPTS_FOR_FLAGS} of them) recall it {@link #FAR_BELOW_PREDICTION} or more under the prediction: a
     * hard or misleading question, or one the model misjudges.
     */
    static boolean farBelowPrediction(List<Calibration.Fit> fits) {
        List<Calibration.Fit> judged = fits.stream().filter(f -> f.reviews() >= MIN_PREDICTED_REVIEWS).toList();
        long below = judged.stream().filter(f -> f.predicted() - f.observed() >= FAR_BELOW_PREDICTION).count();
        return judged.size() >= MIN_ATTEMPTS_FOR_FLAGS && below * 2 > judged.size();
    }

    static List<String> flags(Question q, int firstAttempts, Double facility, Double discrimination, List<ChoiceCount> choices) {
        List<String> flags = new ArrayList<>();
        if (firstAttempts < MIN_ATTEMPTS_FOR_FLAGS) {
            return flags;
        }
        if (facility != null && facility > TOO_EASY) {
            flags.add("too easy");
        }
        if (facility != null && facility < TOO_HARD) {
            flags.add("too hard");
        }
        if (discrimination != null && discrimination < 0) {
            flags.add("negative discrimination");
        }
        boolean choiceQuestion = q.type() == QuestionType.SINGLE || q.type() == QuestionType.MULTIPLE;
        if (choiceQuestion && choices.stream().anyMatch(c -> !c.correct() && c.picks() == 0)) {
            flags.add("unused distractor");
        }
        return flags;
    }

    /** How often each option was picked on first attempts, read from the answers recorded as data. */
    static List<ChoiceCount> choiceCounts(Question q, List<FirstAttempt> attempts) {
        List<List<String>> picks = attempts.stream().map(a -> q.key().picks(ResponseJson.read(a.response()))).toList();
        return q.key().options().stream().map(c -> new ChoiceCount(c.text(), c.correct(),
                (int) picks.stream().filter(p -> p.contains(c.text())).count())).toList();
    }
}
