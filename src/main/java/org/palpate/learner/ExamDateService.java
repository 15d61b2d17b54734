package org.palpate.learner;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

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
    private final AccountService accounts;
    private final ExamDateRepository dates;
    private final Clock clock;

    ExamDateService(Access access, AccountService accounts, ExamDateRepository dates, Clock clock) {
        this.access = access;
        this.accounts = accounts;
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
        Learner current = accounts.requireCurrent();
        if (current.role() != Role.INSTRUCTOR && name != null && !name.strip().equals(current.name())) {
            throw new UserException("students can set only their own exam date");
        }
        Learner learner = access.requireReadable(name);
        dates.set(learner.id(), notPast(date));
        return new Change(learner.name(), date, 1);
    }

    /** Sets (or clears) the exam date of every student; instructors only. */
    @Transactional
    public Change setForAllStudents(LocalDate date) {
        accounts.requireInstructor();
        return new Change(null, date, dates.setForStudents(notPast(date)));
    }

    private LocalDate notPast(LocalDate date) {
        LocalDate today = LocalDate.now(clock);
        if (date != null && date.isBefore(today)) {
            throw new UserException("the exam date " + date + " is in the past (today is " + today + "); give a day from today on");
        }
        return date;
    }
}
