package org.palpate.quiz;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.SplittableRandom;

import org.palpate.StudyDay;
import org.palpate.curriculum.CurriculumService;
import org.palpate.curriculum.Question;
import org.palpate.curriculum.Curriculum;
import org.palpate.learner.ExamDateRepository;
import org.palpate.learner.Learner;
import org.palpate.scheduling.CardState;
import org.palpate.scheduling.ExamPlan;
import org.palpate.scheduling.NextStates;
import org.palpate.scheduling.Scheduler;
import org.springframework.stereotype.Component;

/**
 * Scheduling with the learner's exam in mind: the FSRS outcomes of {@link Schedulers}, with {@link ExamPlan} applied
 * while the exam is ahead. The exam date is the learner's own, else the course's from program.yaml.
 */
@Component
public class ExamSchedules {

    private final ExamDateRepository examDates;
    private final CurriculumService curricula;
    private final Clock clock;

    ExamSchedules(ExamDateRepository examDates, CurriculumService curricula, Clock clock) {
        this.examDates = examDates;
        this.curricula = curricula;
        this.clock = clock;
    }

    /** The learner's exam date (their own, else the course's), past or not; empty when neither is set. */
    public Optional<LocalDate> examDate(Learner learner) {
        return examDates.of(learner.id()).or(() -> Optional.ofNullable(curricula.forStudents().program().examDate()));
    }

    /** Study days from today to the exam day, when the exam is today or later. */
    public Optional<Long> daysLeft(Learner learner) {
        LocalDate today = StudyDay.today(clock);
        return examDate(learner).filter(d -> !d.isBefore(today)).map(d -> ChronoUnit.DAYS.between(today, d));
    }

    /**
     * The desired retention a question is scheduled at: the learner's, or the course's {@code critical-retention} for a
     * safety-critical question when that is higher.
     */
    public double retention(Learner learner, String questionId) {
        Curriculum curriculum = curricula.forStudents();
        Double critical = curriculum.program().criticalRetention();
        boolean isCritical = critical != null && curriculum.question(questionId).map(Question::critical).orElse(false);
        return isCritical ? Math.max(critical, learner.desiredRetention()) : learner.desiredRetention();
    }

    /** The four outcomes of a review at {@code now}, reviews brought forward before the exam where needed. */
    public NextStates next(Learner learner, CardState card, Instant now, String questionId) {
        double retention = retention(learner, questionId);
        Scheduler scheduler = Schedulers.forLearner(learner, retention);
        long seed = Schedulers.cardSeed(learner.id(), questionId);
        NextStates states = scheduler.next(card, now, seed);
        Optional<LocalDate> exam = examDate(learner);
        if (exam.isEmpty()) {
            return states;
        }
        Instant examDay = StudyDay.startOf(exam.get(), clock.getZone());
        double fraction = new SplittableRandom(seed * 31 + card.reps()).nextDouble();
        return new ExamPlan(examDay, retention).adjust(states, now, scheduler.model(), fraction);
    }
}
