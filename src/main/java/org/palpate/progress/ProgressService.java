package org.palpate.progress;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.palpate.curriculum.CourseModule;
import org.palpate.curriculum.CurriculumService;
import org.palpate.curriculum.Question;
import org.palpate.learner.Learner;
import org.palpate.progress.ProgressReport.ModuleProgress;
import org.palpate.progress.ProgressReport.TopicProgress;
import org.palpate.quiz.CardRepository;
import org.palpate.quiz.ReviewEntry;
import org.palpate.quiz.ReviewLogRepository;
import org.palpate.quiz.Schedulers;
import org.palpate.quiz.StudyDay;
import org.palpate.scheduling.CardState;
import org.palpate.scheduling.Scheduler;
import org.springframework.stereotype.Service;

/** Mastery per module and topic from the memory model, and what falls due. */
@Service
public class ProgressService {

    /** A module is mastered at this mean retrievability, with every question seen and every critical one right. */
    static final double MASTERED = 0.9;

    private final CurriculumService curricula;
    private final CardRepository cards;
    private final ReviewLogRepository reviews;
    private final Clock clock;

    ProgressService(CurriculumService curricula, CardRepository cards, ReviewLogRepository reviews, Clock clock) {
        this.curricula = curricula;
        this.cards = cards;
        this.reviews = reviews;
        this.clock = clock;
    }

    public ProgressReport of(Learner learner) {
        Instant now = clock.instant();
        View view = new View(cards.findAll(learner.id()), Schedulers.forLearner(learner), now,
                StudyDay.startAfter(now, clock.getZone(), 1), StudyDay.startAfter(now, clock.getZone(), 7),
                reviews.latestPerQuestion(learner.id()).stream().filter(ReviewEntry::correct).map(ReviewEntry::questionId)
                        .collect(Collectors.toSet()));
        List<ModuleProgress> modules = curricula.current().modules().stream().map(view::module).toList();
        return new ProgressReport(learner.name(), now, reviews.count(learner.id()), modules);
    }

    private record View(Map<String, CardState> cards, Scheduler scheduler, Instant now, Instant endOfToday,
            Instant endOfWeek, Set<String> lastAnswerRight) {

        ModuleProgress module(CourseModule m) {
            List<Question> qs = m.questions();
            List<Question> critical = qs.stream().filter(Question::critical).toList();
            int criticalRight = (int) critical.stream().filter(q -> lastAnswerRight.contains(q.id())).count();
            double mastery = mastery(qs);
            boolean mastered = !qs.isEmpty() && mastery >= MASTERED && seen(qs) == qs.size() && criticalRight == critical.size();
            List<TopicProgress> topics = m.topics().stream().map(t -> {
                List<Question> inTopic = qs.stream().filter(q -> q.topic().equals(t.id())).toList();
                return new TopicProgress(t.id(), t.title(), mastery(inTopic), seen(inTopic), inTopic.size(),
                        due(inTopic, endOfToday), due(inTopic, endOfWeek));
            }).toList();
            return new ModuleProgress(m.id(), m.title(), mastery, seen(qs), qs.size(), due(qs, endOfToday), due(qs, endOfWeek),
                    critical.size(), criticalRight, mastered, topics);
        }

        double mastery(List<Question> qs) {
            return qs.isEmpty() ? 0 : qs.stream().mapToDouble(q -> cards.containsKey(q.id())
                    ? scheduler.retrievability(cards.get(q.id()), now) : 0).sum() / qs.size();
        }

        int seen(List<Question> qs) {
            return (int) qs.stream().filter(q -> cards.containsKey(q.id())).count();
        }

        int due(List<Question> qs, Instant by) {
            return (int) qs.stream().filter(q -> cards.containsKey(q.id()) && cards.get(q.id()).due().isBefore(by)).count();
        }
    }
}
