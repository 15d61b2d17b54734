package org.palpate.progress;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.palpate.curriculum.CourseModule;
import org.palpate.curriculum.Curriculum;
import org.palpate.curriculum.CurriculumService;
import org.palpate.curriculum.Question;
import org.palpate.learner.Access;
import org.palpate.learner.Learner;
import org.palpate.learner.LearnerRepository;
import org.palpate.learner.Role;
import org.palpate.progress.CohortReport.AtRisk;
import org.palpate.progress.CohortReport.LearnerRow;
import org.palpate.progress.CohortReport.ModuleColumn;
import org.palpate.progress.CohortReport.ModuleCompletion;
import org.palpate.progress.CohortReport.Thresholds;
import org.palpate.quiz.StudyDay;
import org.palpate.scheduling.CardState;
import org.palpate.scheduling.Phase;
import org.palpate.scheduling.Scheduler;
import org.palpate.quiz.Schedulers;
import org.springframework.stereotype.Service;

/**
 * Every student against every module, and who needs help. A student is at risk for any of these reasons:
 * no answer for {@link #NO_STUDY_DAYS} days (or none ever), more than {@link #OVERDUE_BACKLOG} reviews overdue,
 * overall mastery lower than {@link #TREND_DAYS} days ago by more than {@link #MASTERY_DROP}, or a safety-critical
 * question whose last answer was wrong. Instructors only ({@link Access#requireInstructor()}).
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

    private final Access access;
    private final CurriculumService curricula;
    private final LearnerRepository learners;
    private final ReportQueries queries;
    private final Clock clock;

    CohortReportService(Access access, CurriculumService curricula, LearnerRepository learners, ReportQueries queries, Clock clock) {
        this.access = access;
        this.curricula = curricula;
        this.learners = learners;
        this.queries = queries;
        this.clock = clock;
    }

    public CohortReport report() {
        access.requireInstructor();
        return build();
    }

    CohortReport build() {
        Instant now = clock.instant();
        Instant weekAgo = now.minus(Duration.ofDays(TREND_DAYS));
        Instant startOfToday = StudyDay.start(now, clock.getZone());
        Curriculum curriculum = curricula.current();
        List<CourseModule> modules = curriculum.modules();
        List<Question> all = curriculum.questions();
        List<String> criticalIds = all.stream().filter(Question::critical).map(Question::id).toList();

        List<Learner> students = learners.findAll().stream().filter(l -> l.role() == Role.STUDENT).toList();
        Map<Long, Map<String, CardState>> cards = queries.cards();
        ReportQueries.Recent recent = queries.since(weekAgo);
        Map<Long, Map<String, Boolean>> lastRight = queries.lastAnswerRight(criticalIds);

        List<LearnerRow> rows = new ArrayList<>();
        double[] masterySum = new double[modules.size()];
        int[] started = new int[modules.size()];
        int[] mastered = new int[modules.size()];
        for (Learner student : students) {
            Scheduler scheduler = Schedulers.forLearner(student);
            Map<String, CardState> mine = cards.getOrDefault(student.id(), Map.of());
            Map<String, CardState> atWeekAgo = recent.statesAtStart().getOrDefault(student.id(), Map.of());
            Map<String, Boolean> criticalRight = lastRight.getOrDefault(student.id(), Map.of());
            List<Double> perModule = new ArrayList<>();
            for (int m = 0; m < modules.size(); m++) {
                List<Question> qs = modules.get(m).questions();
                double mastery = mean(qs, q -> r(scheduler, mine.get(q.id()), now));
                perModule.add(mastery);
                masterySum[m] += mastery;
                boolean seenAll = qs.stream().allMatch(q -> mine.containsKey(q.id()));
                boolean criticalOk = qs.stream().filter(Question::critical).allMatch(q -> Boolean.TRUE.equals(criticalRight.get(q.id())));
                started[m] += qs.stream().anyMatch(q -> mine.containsKey(q.id())) ? 1 : 0;
                mastered[m] += !qs.isEmpty() && mastery >= ProgressService.MASTERED && seenAll && criticalOk ? 1 : 0;
            }
            double overall = mean(all, q -> r(scheduler, mine.get(q.id()), now));
            // A card reviewed since then was, a week ago, in the state its first review since then started from.
            double overallWeekAgo = mean(all, q -> r(scheduler, atWeekAgo.containsKey(q.id()) ? atWeekAgo.get(q.id())
                    : mine.get(q.id()), weekAgo));
            Instant lastStudy = mine.values().stream().map(CardState::lastReview).filter(Objects::nonNull).max(Comparator.naturalOrder())
                    .orElse(null);
            int overdue = (int) mine.values().stream().filter(c -> c.phase() != Phase.NEW && c.due().isBefore(startOfToday)).count();
            List<String> criticalWrong = criticalIds.stream().filter(id -> Boolean.FALSE.equals(criticalRight.get(id))).toList();

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
            if (!criticalWrong.isEmpty()) {
                reasons.add("critical question" + (criticalWrong.size() == 1 ? " " : "s ") + String.join(", ", criticalWrong)
                        + " answered wrong last time");
            }
            rows.add(new LearnerRow(student.name(), perModule, overall, overallWeekAgo,
                    recent.reviews().getOrDefault(student.id(), 0), lastStudy, overdue, criticalWrong, reasons));
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
        return new CohortReport(now, modules.stream().map(m -> new ModuleColumn(m.id(), m.title())).toList(), rows, completion, atRisk,
                new Thresholds(NO_STUDY_DAYS, OVERDUE_BACKLOG, MASTERY_DROP, TREND_DAYS));
    }

    private static double r(Scheduler scheduler, CardState card, Instant at) {
        return card == null ? 0 : scheduler.retrievability(card, at);
    }

    private static double mean(List<Question> qs, java.util.function.ToDoubleFunction<Question> value) {
        return qs.isEmpty() ? 0 : qs.stream().mapToDouble(value).sum() / qs.size();
    }
}
