package org.palpate.progress;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;

import org.palpate.curriculum.CourseModule;
import org.palpate.curriculum.Curriculum;
import org.palpate.curriculum.CurriculumService;
import org.palpate.curriculum.Question;
import org.palpate.learner.Access;
import org.palpate.learner.ExamDateRepository;
import org.palpate.learner.Learner;
import org.palpate.learner.LearnerRepository;
import org.palpate.learner.Role;
import org.palpate.progress.CohortReport.AtRisk;
import org.palpate.progress.CohortReport.LearnerRow;
import org.palpate.progress.CohortReport.ModuleColumn;
import org.palpate.progress.CohortReport.ModuleCompletion;
import org.palpate.progress.CohortReport.Thresholds;
import org.palpate.progress.MasteryPolicy.Horizon;
import org.palpate.StudyDay;
import org.palpate.scheduling.CardState;
import org.palpate.scheduling.Phase;
import org.palpate.scheduling.FsrsModel;
import org.palpate.quiz.Schedulers;
import org.springframework.stereotype.Service;

/**
 * Every student against every module, and who needs help. Mastery and readiness are {@link MasteryPolicy}'s, on each
 * student's horizon. A student is at risk for any of these reasons: no answer for {@link #NO_STUDY_DAYS} days (or none
 * ever), more than {@link #OVERDUE_BACKLOG} reviews overdue, overall mastery lower than {@link #TREND_DAYS} days ago by
 * more than {@link #MASTERY_DROP}, true retention under {@link #LOW_RETENTION} (from {@link #RETENTION_MIN_REVIEWS}
 * reviews of learned questions on), or a safety-critical question whose last answer was wrong. Instructors only
 * ({@link Access#requireInstructor()}).
 */
@Service
public class CohortReportService {

    /** Days without a single answer after which a student is at risk. */
    public static final int NO_STUDY_DAYS = 7;
    /** Overdue reviews (due before today) above which a student is at risk. */
    public static final int OVERDUE_BACKLOG = 20;
    /** A fall in overall mastery over {@link #TREND_DAYS} days larger than this puts a student at risk. */
    public static final double MASTERY_DROP = 0.10;
    /** How far back the mastery trend looks. */
    public static final int TREND_DAYS = 7;
    /**
     * True retention under this puts a student at risk: the scheduler plans for about 90% recalled, so a student who
     * recalls fewer than 3 in 4 learned questions forgets far faster than the model expects (or guesses).
     */
    public static final double LOW_RETENTION = 0.75;
    /** Reviews of learned questions needed before true retention is judged (fewer say little). */
    public static final int RETENTION_MIN_REVIEWS = 20;

    private final Access access;
    private final CurriculumService curricula;
    private final LearnerRepository learners;
    private final ExamDateRepository examDates;
    private final ReportQueries queries;
    private final EvaluationService evaluation;
    private final Clock clock;

    CohortReportService(Access access, CurriculumService curricula, LearnerRepository learners, ExamDateRepository examDates,
            ReportQueries queries, EvaluationService evaluation, Clock clock) {
        this.access = access;
        this.curricula = curricula;
        this.learners = learners;
        this.examDates = examDates;
        this.queries = queries;
        this.evaluation = evaluation;
        this.clock = clock;
    }

    public CohortReport report() {
        access.requireInstructor();
        return build();
    }

    CohortReport build() {
        Instant now = clock.instant();
        ZoneId zone = clock.getZone();
        Instant weekAgo = now.minus(Duration.ofDays(TREND_DAYS));
        Instant startOfToday = StudyDay.start(now, zone);
        LocalDate today = StudyDay.of(now, zone);
        LocalDate then = StudyDay.of(weekAgo, zone);
        Curriculum curriculum = curricula.forStudents();
        List<CourseModule> modules = curriculum.modules();
        List<Question> all = curriculum.questions();
        List<String> criticalIds = all.stream().filter(Question::critical).map(Question::id).toList();
        Map<String, Integer> sizes = ProgressService.sizes(curriculum);
        Map<String, Double> blueprint = curriculum.program().blueprint();

        List<Learner> students = learners.findAll().stream().filter(l -> l.role() == Role.STUDENT).toList();
        Map<Long, Map<String, CardState>> cards = queries.cards();
        ReportQueries.Recent recent = queries.since(weekAgo);
        Map<Long, Map<String, Boolean>> lastRight = queries.lastAnswerRight(criticalIds);
        Map<Long, int[]> retention = queries.trueRetention();
        Map<Long, LocalDate> ownDates = examDates.all();

        List<LearnerRow> rows = new ArrayList<>();
        Set<String> labels = new TreeSet<>();
        double[] masterySum = new double[modules.size()];
        int[] started = new int[modules.size()];
        int[] mastered = new int[modules.size()];
        for (Learner student : students) {
            FsrsModel model = Schedulers.forLearner(student).model();
            LocalDate examDate = ownDates.getOrDefault(student.id(), curriculum.program().examDate());
            Horizon horizon = MasteryPolicy.horizon(examDate, today);
            Horizon horizonThen = MasteryPolicy.horizon(examDate, then);
            labels.add(horizon.label());
            Map<String, CardState> mine = cards.getOrDefault(student.id(), Map.of());
            Map<String, CardState> atWeekAgo = recent.statesAtStart().getOrDefault(student.id(), Map.of());
            Map<String, Boolean> criticalRight = lastRight.getOrDefault(student.id(), Map.of());
            ToDoubleFunction<Question> recall = q -> MasteryPolicy.recall(model, mine.get(q.id()), horizon.date(), zone);
            List<Double> perModule = new ArrayList<>();
            Map<String, Double> byModule = new LinkedHashMap<>();
            for (int m = 0; m < modules.size(); m++) {
                List<Question> qs = modules.get(m).questions();
                double mastery = mean(qs, recall);
                perModule.add(mastery);
                byModule.put(modules.get(m).id(), mastery);
                masterySum[m] += mastery;
                boolean criticalOk = qs.stream().filter(Question::critical).allMatch(q -> Boolean.TRUE.equals(criticalRight.get(q.id())));
                started[m] += qs.stream().anyMatch(q -> mine.containsKey(q.id())) ? 1 : 0;
                mastered[m] += MasteryPolicy.mastered(mastery, qs.stream().map(q -> mine.get(q.id())).toList(), criticalOk) ? 1 : 0;
            }
            double overall = mean(all, recall);
            // A card reviewed since then was, a week ago, in the state its first review since then started from.
            double overallWeekAgo = mean(all, q -> MasteryPolicy.recall(model, atWeekAgo.containsKey(q.id()) ? atWeekAgo.get(q.id())
                    : mine.get(q.id()), horizonThen.date(), zone));
            double readiness = MasteryPolicy.readiness(blueprint, byModule, sizes);
            Instant lastStudy = mine.values().stream().map(CardState::lastReview).filter(Objects::nonNull).max(Comparator.naturalOrder())
                    .orElse(null);
            int overdue = (int) mine.values().stream().filter(c -> c.phase() != Phase.NEW && c.due().isBefore(startOfToday)).count();
            List<String> criticalWrong = criticalIds.stream().filter(id -> Boolean.FALSE.equals(criticalRight.get(id))).toList();
            int[] kept = retention.getOrDefault(student.id(), new int[2]);
            Double trueRetention = kept[0] == 0 ? null : kept[1] / (double) kept[0];

            List<String> reasons = new ArrayList<>();
            if (lastStudy == null) {
                reasons.add("has not studied yet");
            } else {
                long idle = Duration.between(lastStudy, now).toDays();
                if (idle >= NO_STUDY_DAYS) {
                    reasons.add("no study for " + idle + " days");
                }
            }
            if (overdue > OVERDUE_BACKLOG) {
                reasons.add(overdue + " reviews overdue");
            }
            if (overallWeekAgo - overall > MASTERY_DROP) {
                reasons.add(String.format(Locale.ROOT, "mastery fell from %d%% to %d%% in %d days", Math.round(overallWeekAgo * 100),
                        Math.round(overall * 100), TREND_DAYS));
            }
            if (kept[0] >= RETENTION_MIN_REVIEWS && trueRetention < LOW_RETENTION) {
                reasons.add(String.format(Locale.ROOT, "true retention %d%% (of %d reviews)", Math.round(trueRetention * 100), kept[0]));
            }
            if (!criticalWrong.isEmpty()) {
                reasons.add("critical question" + (criticalWrong.size() == 1 ? " " : "s ") + String.join(", ", criticalWrong)
                        + " answered wrong last time");
            }
            rows.add(new LearnerRow(student.name(), horizon.date(), horizon.exam() ? horizon.date() : null, perModule, overall,
                    overallWeekAgo, readiness, readiness >= MasteryPolicy.ON_TRACK, recent.reviews().getOrDefault(student.id(), 0),
                    lastStudy, overdue, criticalWrong, trueRetention, kept[0], reasons));
        }

        List<ModuleCompletion> completion = new ArrayList<>();
        for (int m = 0; m < modules.size(); m++) {
            completion.add(new ModuleCompletion(modules.get(m).id(), modules.get(m).title(), students.size(), started[m], mastered[m],
                    students.isEmpty() ? 0 : masterySum[m] / students.size()));
        }
        List<AtRisk> atRisk = rows.stream().filter(r -> !r.reasons().isEmpty())
                .sorted(Comparator.comparingInt((LearnerRow r) -> -r.reasons().size()).thenComparingDouble(LearnerRow::overall)
                        .thenComparing(LearnerRow::name))
                .map(r -> new AtRisk(r.name(), r.reasons())).toList();
        List<String> ranking = rows.stream().sorted(Comparator.comparingDouble(LearnerRow::readiness).reversed()
                .thenComparing(LearnerRow::name)).map(LearnerRow::name).toList();
        int onTrack = (int) rows.stream().filter(LearnerRow::onTrack).count();
        String horizonLabel = labels.size() == 1 ? labels.iterator().next()
                : labels.isEmpty() ? MasteryPolicy.horizon(null, today).label() : "on each student's exam date (or in 30 days)";
        return new CohortReport(now, horizonLabel, modules.stream().map(m -> new ModuleColumn(m.id(), m.title())).toList(), rows,
                ranking, onTrack, completion, atRisk, new Thresholds(NO_STUDY_DAYS, OVERDUE_BACKLOG, MASTERY_DROP, TREND_DAYS,
                        LOW_RETENTION, RETENTION_MIN_REVIEWS, MasteryPolicy.ON_TRACK), evaluation.calibration(students, zone).orElse(null));
    }

    private static double mean(List<Question> qs, ToDoubleFunction<Question> value) {
        return qs.isEmpty() ? 0 : qs.stream().mapToDouble(value).sum() / qs.size();
    }
}
