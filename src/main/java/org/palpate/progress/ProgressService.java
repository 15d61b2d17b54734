package org.palpate.progress;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.palpate.curriculum.CourseModule;
import org.palpate.curriculum.Curriculum;
import org.palpate.curriculum.CurriculumService;
import org.palpate.curriculum.Question;
import org.palpate.learner.Learner;
import org.palpate.progress.MasteryPolicy.Horizon;
import org.palpate.progress.ProgressReport.CriticalAtRisk;
import org.palpate.progress.ProgressReport.ModuleProgress;
import org.palpate.progress.ProgressReport.TopicProgress;
import org.palpate.progress.ProgressReport.WeakTopic;
import org.palpate.quiz.CardRepository;
import org.palpate.quiz.ExamSchedules;
import org.palpate.quiz.ReviewEntry;
import org.palpate.quiz.ReviewLogRepository;
import org.palpate.StudyDay;
import org.palpate.scheduling.CardState;
import org.palpate.scheduling.FsrsModel;
import org.palpate.scheduling.Phase;
import org.palpate.quiz.Schedulers;
import org.springframework.stereotype.Service;

/** Mastery per module and topic on the learner's horizon ({@link MasteryPolicy}), exam readiness, and what falls due. */
@Service
public class ProgressService {

    /** How many of the weakest topics the readiness summary names. */
    static final int WEAKEST_TOPICS = 3;

    private final CurriculumService curricula;
    private final CardRepository cards;
    private final ReviewLogRepository reviews;
    private final ExamSchedules examDates;
    private final Clock clock;

    ProgressService(CurriculumService curricula, CardRepository cards, ReviewLogRepository reviews, ExamSchedules examDates,
            Clock clock) {
        this.curricula = curricula;
        this.cards = cards;
        this.reviews = reviews;
        this.examDates = examDates;
        this.clock = clock;
    }

    public ProgressReport of(Learner learner) {
        Instant now = clock.instant();
        ZoneId zone = clock.getZone();
        Curriculum curriculum = curricula.forStudents();
        Horizon horizon = horizon(learner, curriculum, now);
        View view = new View(cards.findAllCounted(learner.id()), Schedulers.forLearner(learner).model(), horizon, zone,
                StudyDay.startAfter(now, zone, 1), StudyDay.startAfter(now, zone, 7),
                reviews.latestPerQuestion(learner.id()).stream().filter(ReviewEntry::correct).map(ReviewEntry::questionId)
                        .collect(Collectors.toSet()), curriculum.program().blueprint(), sizes(curriculum));
        List<ModuleProgress> modules = curriculum.modules().stream().map(view::module).toList();
        Map<String, Double> mastery = new LinkedHashMap<>();
        modules.forEach(m -> mastery.put(m.id(), m.mastery()));
        double readiness = MasteryPolicy.readiness(curriculum.program().blueprint(), mastery, view.sizes());
        List<WeakTopic> weakest = modules.stream().flatMap(m -> m.topics().stream().filter(t -> t.total() > 0)
                        .map(t -> new WeakTopic(m.id(), t.id(), t.title(), t.mastery())))
                .sorted(Comparator.comparingDouble(WeakTopic::mastery)).limit(WEAKEST_TOPICS).toList();
        List<CriticalAtRisk> atRisk = new ArrayList<>();
        for (Question q : curriculum.questions()) {
            double recall = view.recall(q);
            if (q.critical() && recall < learner.desiredRetention()) {
                atRisk.add(new CriticalAtRisk(q.id(), q.moduleId(), view.cards().containsKey(q.id()), recall));
            }
        }
        atRisk.sort(Comparator.comparing(CriticalAtRisk::seen).reversed().thenComparingDouble(CriticalAtRisk::recall));
        return new ProgressReport(learner.name(), now, reviews.count(learner.id()), horizon.date(), horizon.label(),
                horizon.daysLeft(), horizon.exam() ? horizon.date() : null, readiness, learner.desiredRetention(), modules, weakest, atRisk);
    }

    /** The learner's horizon: their own exam date, else the cohort's from program.yaml, else (or once past) 30 days ahead. */
    Horizon horizon(Learner learner, Curriculum curriculum, Instant now) {
        return MasteryPolicy.horizon(examDates.examDate(learner).orElse(null), StudyDay.of(now, clock.getZone()));
    }

    static Map<String, Integer> sizes(Curriculum curriculum) {
        Map<String, Integer> sizes = new LinkedHashMap<>();
        curriculum.modules().forEach(m -> sizes.put(m.id(), m.questions().size()));
        return sizes;
    }

    private record View(Map<String, CardState> cards, FsrsModel model, Horizon horizon, ZoneId zone, Instant endOfToday,
            Instant endOfWeek, Set<String> lastAnswerRight, Map<String, Double> blueprint, Map<String, Integer> sizes) {

        ModuleProgress module(CourseModule m) {
            List<Question> qs = m.questions();
            List<Question> critical = qs.stream().filter(Question::critical).toList();
            int criticalRight = (int) critical.stream().filter(q -> lastAnswerRight.contains(q.id())).count();
            double mastery = mastery(qs);
            boolean mastered = MasteryPolicy.mastered(mastery, qs.stream().map(q -> cards.get(q.id())).toList(),
                    criticalRight == critical.size());
            int learning = (int) qs.stream().map(q -> cards.get(q.id()))
                    .filter(c -> c != null && (c.phase() == Phase.LEARNING || c.phase() == Phase.RELEARNING)).count();
            List<TopicProgress> topics = m.topics().stream().map(t -> {
                List<Question> inTopic = qs.stream().filter(q -> q.topic().equals(t.id())).toList();
                return new TopicProgress(t.id(), t.title(), mastery(inTopic), seen(inTopic), inTopic.size(),
                        due(inTopic, endOfToday), due(inTopic, endOfWeek));
            }).toList();
            return new ModuleProgress(m.id(), m.title(), mastery, seen(qs), qs.size(), learning, due(qs, endOfToday), due(qs, endOfWeek),
                    critical.size(), criticalRight, MasteryPolicy.examShare(m.id(), blueprint, sizes), mastered, topics);
        }

        double recall(Question q) {
            return MasteryPolicy.recall(model, cards.get(q.id()), horizon.date(), zone);
        }

        double mastery(List<Question> qs) {
            return MasteryPolicy.mean(qs.stream().map(this::recall).toList());
        }

        int seen(List<Question> qs) {
            return (int) qs.stream().filter(q -> cards.containsKey(q.id())).count();
        }

        int due(List<Question> qs, Instant by) {
            return (int) qs.stream().filter(q -> cards.containsKey(q.id()) && cards.get(q.id()).due().isBefore(by)).count();
        }
    }
}
