package org.palpate.learner;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.palpate.StudyDay;
import org.palpate.UserException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who sets which exam date: a learner their own, an instructor anyone's or every student's at once. Access is decided
 * here with {@link Access}, as for every other read or change of a learner's data.
 */
@Service
public class ExamDateService {

    /** A change of exam date: whose (null for every student), the new date (null when cleared), how many accounts. */
    public record Change(String learner, LocalDate date, int accounts) {
    }

    private final Access access;
    private final ExamDateRepository dates;
    private final Clock clock;

    ExamDateService(Access access, ExamDateRepository dates, Clock clock) {
        this.access = access;
        this.dates = dates;
        this.clock = clock;
    }

    /** The exam date of the learner named (the logged-in one when null), when they set one. */
    public Optional<LocalDate> of(String name) {
        return dates.of(access.requireReadable(name).id());
    }

    /** Sets (or with a null date clears) the exam date of the learner named, the logged-in one when null. */
    @Transactional
    public Change set(String name, LocalDate date) {
        Learner learner = access.requireSelfOrInstructor(name, "students can set only their own exam date");
        dates.set(learner.id(), notPast(date));
        return new Change(learner.name(), date, 1);
    }

    /** Sets (or clears) the exam date of every student; instructors only. */
    @Transactional
    public Change setForAllStudents(LocalDate date) {
        access.requireInstructor();
        return new Change(null, date, dates.setForStudents(notPast(date)));
    }

    private LocalDate notPast(LocalDate date) {
        LocalDate today = StudyDay.today(clock);
        if (date != null && date.isBefore(today)) {
            throw new UserException("the exam date " + date + " is in the past (today is " + today + "); give a day from today on");
        }
        return date;
    }
}
