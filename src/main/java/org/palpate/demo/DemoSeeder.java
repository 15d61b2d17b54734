package org.palpate.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.palpate.UserException;
import org.palpate.curriculum.CurriculumService;
import org.palpate.learner.Access;
import org.palpate.learner.Learner;
import org.palpate.quiz.CardRepository;
import org.palpate.quiz.ReviewLogRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills the database with a simulated cohort, so that reports can be seen full and benchmarked: the accounts
 * ({@link DemoAccounts}), each student's history ({@link DemoSimulation}, which studies by the quiz's own planner
 * and scheduler), written through the review log's and the cards' repositories. The same seed gives the same
 * database.
 *
 * <p>Accounts are named {@code demo-instructor} and {@code demo-0001}...; every one has the password
 * {@link #PASSWORD}. Seeding again replaces the earlier demo accounts; a database with other accounts is refused
 * unless forced by a logged-in instructor: the demo students are then added beside them, with no demo instructor
 * and a random password shown once (a public password must not open accounts in a real database).
 */
@Service
public class DemoSeeder {

    public static final String PREFIX = "demo-";
    public static final String INSTRUCTOR = PREFIX + "instructor";
    public static final String PASSWORD = "demo-password";
    static final int MAX_LEARNERS = 100_000;
    static final int MAX_DAYS = 3650;

    /** {@code password}: the demo accounts' password; {@code instructor}: whether demo-instructor was made. */
    public record Result(int learners, long reviews, int days, long seed, Duration took, String password, boolean instructor) {
    }

    private final DemoAccounts accounts;
    private final ReviewLogRepository reviews;
    private final CardRepository cards;
    private final Access access;
    private final CurriculumService curricula;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoSeeder(DemoAccounts accounts, ReviewLogRepository reviews, CardRepository cards, Access access,
            CurriculumService curricula, TransactionTemplate transactions, Clock clock) {
        this.accounts = accounts;
        this.reviews = reviews;
        this.cards = cards;
        this.access = access;
        this.curricula = curricula;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Result seed(int learners, int days, long seed, boolean force) {
        if (learners < 1 || learners > MAX_LEARNERS) {
            throw new UserException("--learners must be between 1 and " + MAX_LEARNERS);
        }
        if (days < 1 || days > MAX_DAYS) {
            throw new UserException("--days must be between 1 and " + MAX_DAYS);
        }
        long others = accounts.others();
        if (others > 0 && !force) {
            throw new UserException("this database has " + others + " account(s) of real people; demo data would mix with "
                    + "theirs. Use an empty PALPATE_HOME (e.g. PALPATE_HOME=/tmp/palpate-demo), or add --force to add the demo "
                    + "accounts beside them");
        }
        if (others > 0) {
            access.requireInstructor(); // only an instructor may add simulated students to a school's database
        }
        long started = System.nanoTime();
        Instant now = clock.instant();
        String password = others > 0 ? DemoAccounts.randomPassword() : PASSWORD;
        List<Learner> students = transactions.execute(status -> accounts.replace(learners, now, password, others == 0));
        DemoSimulation simulation = new DemoSimulation(curricula.forStudents(), now, clock.getZone(), days, seed);
        long written = 0;
        // One transaction per student: a single transaction of a million rows made H2 spill it all to disk (tens of GB).
        for (int i = 0; i < students.size(); i++) {
            Learner student = students.get(i);
            DemoSimulation.History history = simulation.run(student, i + 1);
            transactions.executeWithoutResult(status -> {
                reviews.appendAll(history.reviews());
                cards.insertAll(student.id(), history.cards());
            });
            written += history.reviews().size();
        }
        return new Result(learners, written, days, seed, Duration.ofNanos(System.nanoTime() - started), password, others == 0);
    }
}
