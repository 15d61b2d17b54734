package org.palpate.progress;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;

import org.palpate.curriculum.Curriculum;
import org.palpate.curriculum.CurriculumService;
import org.palpate.curriculum.Question;
import org.palpate.learner.Access;
import org.palpate.learner.Learner;
import org.palpate.progress.LearnerReport.CriticalItem;
import org.palpate.progress.LearnerReport.DayCount;
import org.palpate.progress.LearnerReport.RetentionBucket;
import org.palpate.progress.LearnerReport.Streak;
import org.palpate.progress.LearnerReport.StudyDayStats;
import org.palpate.progress.LearnerReport.TimeSpent;
import org.palpate.progress.LearnerReport.WeakItem;
import org.palpate.quiz.CardRepository;
import org.palpate.quiz.ReviewEntry;
import org.palpate.quiz.ReviewLogRepository;
import org.palpate.quiz.Schedulers;
import org.palpate.StudyDay;
import org.palpate.scheduling.CardState;
import org.palpate.scheduling.Phase;
import org.palpate.scheduling.Rating;
import org.palpate.scheduling.Scheduler;
import org.springframework.stereotype.Service;

/** One learner's full report. Who may read whose report is decided by {@link Access}, here and nowhere else. */
@Service
public class LearnerReportService {

    static final int FORECAST_DAYS = 30;
    static final int CALENDAR_DAYS = 365;
    static final int WEAKEST = 10;
    /** Interval buckets for true retention; 21 days is where Anki's statistics call a card mature. */
    static final double[] RETENTION_BOUNDS = {0, 1, 3, 7, 21, 90, Double.POSITIVE_INFINITY};
    static final String[] RETENTION_LABELS = {"under 1 day", "1-2 days", "3-6 days", "7-20 days", "21-89 days", "90 days or more"};

    private final Access access;
    private final ProgressService progress;
    private final CurriculumService curricula;
    private final CardRepository cards;
    private final ReviewLogRepository reviews;
    private final EvaluationService evaluation;
    private final Clock clock;

    LearnerReportService(Access access, ProgressService progress, CurriculumService curricula, CardRepository cards,
            ReviewLogRepository reviews, EvaluationService evaluation, Clock clock) {
        this.access = access;
        this.progress = progress;
        this.curricula = curricula;
        this.cards = cards;
        this.reviews = reviews;
        this.evaluation = evaluation;
        this.clock = clock;
    }

    /** The report of the learner named (the logged-in one when null), if the logged-in learner may read it. */
    public LearnerReport of(String name) {
        return build(access.requireReadable(name));
    }

    LearnerReport build(Learner learner) {
        Instant now = clock.instant();
        ZoneId zone = clock.getZone();
        LocalDate today = StudyDay.of(now, zone);
        Curriculum curriculum = curricula.forStudents();
        ProgressReport mastery = progress.of(learner);
        Map<String, CardState> cardsById = cards.findAllCounted(learner.id());
        List<ReviewEntry> history = reviews.history(learner.id());
        Scheduler scheduler = Schedulers.forLearner(learner);
        ToDoubleFunction<CardState> onHorizon = card -> MasteryPolicy.recall(scheduler.model(), card, mastery.horizon(), zone);

        // "last answer right" as the progress report decides it (ProgressService), not a third way
        Map<String, ReviewEntry> last = new HashMap<>();
        reviews.latestPerQuestion(learner.id()).forEach(e -> last.put(e.questionId(), e));
        Map<String, Integer> wrong = new HashMap<>();
        Map<String, Integer> answered = new HashMap<>();
        for (ReviewEntry e : history) {
            answered.merge(e.questionId(), 1, Integer::sum);
            if (!e.correct()) {
                wrong.merge(e.questionId(), 1, Integer::sum);
            }
        }

        List<CriticalItem> critical = curriculum.questions().stream().filter(Question::critical).map(q -> {
            CardState card = cardsById.get(q.id());
            ReviewEntry lastAnswer = last.get(q.id());
            String status = lastAnswer == null ? "not seen" : lastAnswer.correct() ? "right" : "wrong";
            return new CriticalItem(q.id(), q.moduleId(), q.prompt(), status, lastAnswer == null ? null : lastAnswer.reviewedAt(),
                    card == null ? 0 : scheduler.retrievability(card, now), onHorizon.applyAsDouble(card), card == null ? null : card.due(),
                    card == null ? 0 : card.lapses());
        }).toList();

        int[] due = new int[FORECAST_DAYS];
        for (CardState card : cardsById.values()) {
            if (card.phase() == Phase.NEW) {
                continue;
            }
            long day = Math.max(0, ChronoUnit.DAYS.between(today, StudyDay.of(card.due(), zone)));
            if (day < FORECAST_DAYS) {
                due[(int) day]++;
            }
        }
        List<DayCount> forecast = new ArrayList<>();
        for (int i = 0; i < FORECAST_DAYS; i++) {
            forecast.add(new DayCount(today.plusDays(i), due[i]));
        }

        TreeMap<LocalDate, long[]> days = new TreeMap<>();
        int[] bucketReviews = new int[RETENTION_LABELS.length];
        int[] bucketRecalled = new int[RETENTION_LABELS.length];
        long totalMs = 0;
        long last7Ms = 0;
        long last30Ms = 0;
        for (ReviewEntry e : history) {
            LocalDate day = StudyDay.of(e.reviewedAt(), zone);
            long ms = e.responseMillis() == null ? 0 : Math.min(e.responseMillis(), ReportQueries.RESPONSE_CAP_MS);
            long[] d = days.computeIfAbsent(day, k -> new long[3]);
            d[0]++;
            d[1] += e.correct() ? 1 : 0;
            d[2] += ms;
            totalMs += ms;
            long ago = ChronoUnit.DAYS.between(day, today);
            last7Ms += ago < 7 ? ms : 0;
            last30Ms += ago < 30 ? ms : 0;
            if (e.before().phase() == Phase.REVIEW) {
                int b = bucket(e.elapsedDays());
                bucketReviews[b]++;
                bucketRecalled[b] += e.rating() != Rating.AGAIN ? 1 : 0;
            }
        }
        List<StudyDayStats> calendar = days.tailMap(today.minusDays(CALENDAR_DAYS - 1L), true).entrySet().stream()
                .map(d -> new StudyDayStats(d.getKey(), (int) d.getValue()[0], (int) d.getValue()[1], d.getValue()[2] / 1000)).toList();
        List<RetentionBucket> retention = new ArrayList<>();
        for (int i = 0; i < RETENTION_LABELS.length; i++) {
            retention.add(new RetentionBucket(RETENTION_LABELS[i], RETENTION_BOUNDS[i], RETENTION_BOUNDS[i + 1], bucketReviews[i],
                    bucketRecalled[i], bucketReviews[i] == 0 ? null : (double) bucketRecalled[i] / bucketReviews[i]));
        }

        Streak streak = streak(new TreeSet<>(days.keySet()), today);
        TimeSpent time = new TimeSpent(totalMs / 1000, last7Ms / 1000, last30Ms / 1000,
                history.isEmpty() ? 0 : totalMs / 1000.0 / history.size());

        Map<String, Question> byId = new HashMap<>();
        curriculum.questions().forEach(q -> byId.put(q.id(), q));
        List<WeakItem> weakest = cardsById.entrySet().stream().filter(c -> byId.containsKey(c.getKey()) && c.getValue().phase() != Phase.NEW)
                .map(c -> {
                    Question q = byId.get(c.getKey());
                    return new WeakItem(q.id(), q.moduleId(), q.prompt(), scheduler.retrievability(c.getValue(), now),
                            onHorizon.applyAsDouble(c.getValue()), c.getValue().lapses(), wrong.getOrDefault(q.id(), 0),
                            answered.getOrDefault(q.id(), 0));
                })
                .sorted(Comparator.comparingDouble(WeakItem::recallOnHorizon).thenComparing(Comparator.comparingInt(WeakItem::lapses).reversed())
                        .thenComparing(WeakItem::questionId))
                .limit(WEAKEST).toList();

        return new LearnerReport(learner.name(), now, mastery.reviews(), mastery.horizon(), mastery.horizonLabel(), mastery.daysLeft(),
                mastery.examDate(), mastery.readiness(), mastery.desiredRetention(), mastery.modules(), mastery.weakestTopics(), mastery.criticalAtRisk(), critical, forecast, calendar,
                retention, streak, time, weakest, evaluation.calibration(List.of(learner), zone).orElse(null));
    }

    static int bucket(double elapsedDays) {
        for (int i = RETENTION_LABELS.length - 1; i > 0; i--) {
            if (elapsedDays >= RETENTION_BOUNDS[i]) {
                return i;
            }
        }
        return 0;
    }

    static Streak streak(TreeSet<LocalDate> studied, LocalDate today) {
        if (studied.isEmpty()) {
            return new Streak(0, 0, 0, null);
        }
        LocalDate from = studied.contains(today) ? today : today.minusDays(1);
        int current = 0;
        while (studied.contains(from.minusDays(current))) {
            current++;
        }
        int longest = 0;
        int run = 0;
        LocalDate previous = null;
        for (LocalDate day : studied) {
            run = previous != null && previous.plusDays(1).equals(day) ? run + 1 : 1;
            longest = Math.max(longest, run);
            previous = day;
        }
        return new Streak(current, longest, studied.size(), studied.last());
    }
}
