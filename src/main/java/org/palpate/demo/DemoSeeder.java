package org.palpate.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import javax.sql.DataSource;

import org.palpate.UserException;
import org.palpate.curriculum.Curriculum;
import org.palpate.curriculum.CurriculumService;
import org.palpate.curriculum.Question;
import org.palpate.learner.Access;
import org.palpate.learner.Learner;
import org.palpate.learner.Role;
import org.palpate.quiz.Grader;
import org.palpate.quiz.Graded;
import org.palpate.quiz.Presenter;
import org.palpate.quiz.Presented;
import org.palpate.quiz.Schedulers;
import org.palpate.quiz.StudyDay;
import org.palpate.scheduling.CardState;
import org.palpate.scheduling.Outcome;
import org.palpate.scheduling.Rating;
import org.palpate.scheduling.Scheduler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Fills the database with a simulated cohort, so that reports can be seen full and benchmarked. Learners of
 * different ability study on most of the {@code days} days before today: due reviews first, then new questions, then
 * a little practice, through the real FSRS scheduler. Whether they recall a question follows its retrievability,
 * shifted by their ability and the question's difficulty; answers are written in the learner's terms (through the
 * real presenter and grader), so distractor counts mean something. The same seed gives the same database.
 *
 * <p>Accounts are named {@code demo-instructor} and {@code demo-0001}...; every one has the password
 * {@link #PASSWORD}. Seeding again replaces the earlier demo accounts; a database with other accounts is refused
 * unless forced by a logged-in instructor (the demo accounts are then added beside them).
 */
@Service
public class DemoSeeder {

    public static final String PREFIX = "demo-";
    public static final String INSTRUCTOR = PREFIX + "instructor";
    public static final String PASSWORD = "demo-password";
    static final int MAX_LEARNERS = 100_000;
    static final int MAX_DAYS = 3650;
    private static final int BATCH = 5_000;

    public record Result(int learners, long reviews, int days, long seed, Duration took) {
    }

    private final DataSource dataSource;
    private final Access access;
    private final JdbcClient jdbc;
    private final CurriculumService curricula;
    private final Clock clock;

    DemoSeeder(DataSource dataSource, Access access, JdbcClient jdbc, CurriculumService curricula, Clock clock) {
        this.dataSource = dataSource;
        this.access = access;
        this.jdbc = jdbc;
        this.curricula = curricula;
        this.clock = clock;
    }

    public Result seed(int learners, int days, long seed, boolean force) {
        if (learners < 1 || learners > MAX_LEARNERS) {
            throw new UserException("--learners must be between 1 and " + MAX_LEARNERS);
        }
        if (days < 1 || days > MAX_DAYS) {
            throw new UserException("--days must be between 1 and " + MAX_DAYS);
        }
        long others = jdbc.sql("SELECT COUNT(*) FROM learner WHERE name NOT LIKE '" + PREFIX + "%'").query(Long.class).single();
        if (others > 0 && !force) {
            throw new UserException("this database has " + others + " account(s) of real people; demo data would mix with "
                    + "theirs. Use an empty PALPATE_HOME (e.g. PALPATE_HOME=/tmp/palpate-demo), or add --force to add the demo "
                    + "accounts beside them");
        }
        if (others > 0) {
            access.requireInstructor(); // only an instructor may add simulated students to a school's database
        }
        long started = System.nanoTime();
        Curriculum curriculum = curricula.forStudents();
        Instant now = clock.instant();
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                try (PreparedStatement delete = connection.prepareStatement("DELETE FROM learner WHERE name LIKE ?")) {
                    delete.setString(1, PREFIX + "%");
                    delete.executeUpdate();
                }
                List<Learner> students = createAccounts(connection, learners, now);
                Simulation simulation = new Simulation(curriculum, now, clock.getZone(), days, seed);
                long reviews;
                try (Writer writer = new Writer(connection)) {
                    connection.commit(); // the accounts, then one commit per student: a single transaction of a million
                    for (int i = 0; i < students.size(); i++) {  // rows made H2 spill it all to disk (tens of GB)
                        simulation.run(students.get(i), i + 1, writer);
                        writer.flush();
                        connection.commit();
                    }
                    reviews = writer.reviews;
                }
                connection.commit();
                return new Result(learners, reviews, days, seed, Duration.ofNanos(System.nanoTime() - started));
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not write the demo data: " + e.getMessage(), e);
        }
    }

    private List<Learner> createAccounts(Connection connection, int learners, Instant now) throws SQLException {
        // One BCrypt hash for every demo account: hashing a thousand passwords would take minutes.
        String hash = new BCryptPasswordEncoder().encode(PASSWORD);
        int width = Math.max(4, String.valueOf(learners).length());
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO learner (name, role, password_hash, created_at) VALUES (?, ?, ?, ?)")) {
            add(insert, INSTRUCTOR, Role.INSTRUCTOR, hash, now);
            for (int i = 1; i <= learners; i++) {
                add(insert, PREFIX + String.format(Locale.ROOT, "%0" + width + "d", i), Role.STUDENT, hash, now);
            }
            insert.executeBatch();
        }
        List<Learner> students = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, name, desired_retention, new_per_day FROM learner WHERE role = 'STUDENT' AND name LIKE ? ORDER BY name")) {
            select.setString(1, PREFIX + "%");
            try (var rows = select.executeQuery()) {
                while (rows.next()) {
                    students.add(new Learner(rows.getLong(1), rows.getString(2), Role.STUDENT, rows.getDouble(3), rows.getInt(4)));
                }
            }
        }
        return students;
    }

    private static void add(PreparedStatement insert, String name, Role role, String hash, Instant now) throws SQLException {
        insert.setString(1, name);
        insert.setString(2, role.name());
        insert.setString(3, hash);
        insert.setObject(4, utc(now));
        insert.addBatch();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    /** What one question is like for the simulated cohort: how hard, how well it separates, how tempting each wrong choice. */
    record ItemProfile(double difficulty, double discrimination, double[] choiceWeights) {
    }

    /** The simulated cohort's behaviour; one instance per seeding, learners simulated one after another. */
    static final class Simulation {
        private final List<Question> questions;
        private final Instant now;
        private final ZoneId zone;
        private final int days;
        private final SplittableRandom root;
        private final Map<String, ItemProfile> profiles = new HashMap<>();

        Simulation(Curriculum curriculum, Instant now, ZoneId zone, int days, long seed) {
            this.questions = curriculum.questions();
            // The simulated days end where today begins: the same seed gives the same data all day long.
            this.now = StudyDay.start(now, zone);
            this.zone = zone;
            this.days = days;
            this.root = new SplittableRandom(seed);
            SplittableRandom items = root.split();
            for (Question q : questions) {
                profiles.put(q.id(), profile(q, items));
            }
        }

        private static ItemProfile profile(Question q, SplittableRandom random) {
            double authored = q.difficulty() == null ? 0 : (q.difficulty() - 3) * 0.4;
            double difficulty = authored + gaussian(random) * 0.9;
            // A few questions are flawed: the stronger learners get them wrong more often (negative discrimination).
            double discrimination = random.nextDouble() < 0.08 ? -0.7 : 0.5 + random.nextDouble() * 1.1;
            double[] weights = new double[q.choices().size()];
            int wrong = (int) q.choices().stream().filter(c -> !c.correct()).count();
            for (int i = 0; i < weights.length; i++) {
                if (q.choices().get(i).correct()) {
                    continue;
                }
                // Some distractors tempt nobody: item analysis should flag them.
                weights[i] = wrong >= 3 && random.nextDouble() < 0.2 ? 0 : Math.exp(gaussian(random));
            }
            return new ItemProfile(difficulty, discrimination, weights);
        }

        /** Simulates one learner's whole history and hands every review and the final cards to the writer. */
        void run(Learner learner, int number, Writer writer) throws SQLException {
            SplittableRandom random = root.split();
            double ability = Math.max(-2.5, Math.min(2.5, gaussian(random)));
            double diligence = 0.2 + random.nextDouble() * 0.75;
            int newPerDay = 2 + random.nextInt(9);
            int practicePerDay = random.nextInt(5);
            double speed = Math.exp(gaussian(random) * 0.3 - 0.15 * ability);
            // Most start in the first tenth of the period; the others join later (and have seen less).
            int firstDay = random.nextDouble() < 0.6 ? random.nextInt(Math.max(1, days / 10)) : random.nextInt(Math.max(1, days * 2 / 3));
            // About one learner in six stops studying somewhere in the second half.
            int lastDay = random.nextDouble() < 0.16 ? days / 2 + random.nextInt(Math.max(1, days - days / 2)) : days;
            Scheduler scheduler = Schedulers.forLearner(learner);
            Map<String, CardState> cards = new HashMap<>();
            Map<String, Question> byId = new HashMap<>();
            questions.forEach(q -> byId.put(q.id(), q));
            for (int day = firstDay; day < lastDay; day++) {
                if (random.nextDouble() > diligence) {
                    continue;
                }
                Instant dayStart = StudyDay.startAfter(now, zone, day - days);
                Instant t = dayStart.plus(Duration.ofMinutes(300 + random.nextInt(13 * 60)));
                new Session(learner, number, random, ability, speed, scheduler, cards, byId, writer, t).run(newPerDay, practicePerDay);
            }
            for (Map.Entry<String, CardState> card : cards.entrySet()) {
                writer.card(learner.id(), card.getKey(), card.getValue());
            }
        }

        /** One study session: due reviews (least likely recalled first), new questions, practice; learning steps within it. */
        private final class Session {
            private final Learner learner;
            private final int number;
            private final SplittableRandom random;
            private final double ability;
            private final double speed;
            private final Scheduler scheduler;
            private final Map<String, CardState> cards;
            private final Map<String, Question> byId;
            private final Writer writer;
            private Instant t;

            Session(Learner learner, int number, SplittableRandom random, double ability, double speed, Scheduler scheduler,
                    Map<String, CardState> cards, Map<String, Question> byId, Writer writer, Instant start) {
                this.learner = learner;
                this.number = number;
                this.random = random;
                this.ability = ability;
                this.speed = speed;
                this.scheduler = scheduler;
                this.cards = cards;
                this.byId = byId;
                this.writer = writer;
                this.t = start;
            }

            void run(int newPerDay, int practicePerDay) throws SQLException {
                List<String> queue = new ArrayList<>(cards.entrySet().stream().filter(e -> !e.getValue().due().isAfter(t))
                        .sorted(Comparator.comparingDouble(e -> scheduler.retrievability(e.getValue(), t)))
                        .map(Map.Entry::getKey).toList());
                questions.stream().filter(q -> !cards.containsKey(q.id())).limit(newPerDay).forEach(q -> queue.add(q.id()));
                List<String> answered = new ArrayList<>();
                Map<String, Integer> timesToday = new HashMap<>();
                List<String> stepping = new ArrayList<>();
                while (!queue.isEmpty() || !stepping.isEmpty()) {
                    String next = stepping.stream().filter(id -> !cards.get(id).due().isAfter(t)).findFirst().orElse(null);
                    if (next != null) {
                        stepping.remove(next);
                    } else if (!queue.isEmpty()) {
                        next = queue.remove(0);
                    } else {
                        // Only learning steps are left: the learner waits for the next one.
                        next = stepping.stream().min(Comparator.comparing(id -> cards.get(id).due())).orElseThrow();
                        stepping.remove(next);
                        t = cards.get(next).due();
                    }
                    if (!t.isBefore(now)) {
                        return;
                    }
                    CardState after = answer(byId.get(next));
                    answered.add(next);
                    int times = timesToday.merge(next, 1, Integer::sum);
                    boolean steps = after.due().isBefore(t.plus(Duration.ofHours(1)));
                    if (steps && times < 4) {
                        stepping.add(next);
                    }
                }
                // A little practice on the weakest questions met so far (practice answers are reviews too).
                List<String> weakest = cards.entrySet().stream().filter(e -> !answered.contains(e.getKey()))
                        .sorted(Comparator.comparingDouble(e -> scheduler.retrievability(e.getValue(), t)))
                        .limit(practicePerDay).map(Map.Entry::getKey).toList();
                for (String id : weakest) {
                    if (!t.isBefore(now)) {
                        return;
                    }
                    answer(byId.get(id));
                }
            }

            private CardState answer(Question q) throws SQLException {
                ItemProfile item = profiles.get(q.id());
                CardState before = cards.getOrDefault(q.id(), CardState.newCard(t));
                double p;
                if (before.lastReview() == null) {
                    p = sigmoid(0.6 + item.discrimination() * ability - item.difficulty());
                } else {
                    double elapsed = Duration.between(before.lastReview(), t).toMillis() / 86_400_000.0;
                    double r = scheduler.model().retrievability(elapsed, before.stability());
                    r = Math.max(0.02, Math.min(0.995, r));
                    p = sigmoid(Math.log(r / (1 - r)) + 0.6 * item.discrimination() * ability - 0.3 * item.difficulty());
                }
                boolean recalled = random.nextDouble() < p;
                Presented shown = Presenter.present(q, random.nextLong());
                Graded graded = Grader.grade(shown, recalled ? Answers.right(shown) : Answers.wrong(shown, item, random));
                Rating rating = !graded.correct() ? Rating.AGAIN : pickRating();
                // Fuzz seeded by the learner's number in the cohort, not the database id: the same seed, the same data.
                Outcome outcome = scheduler.next(before, t, Schedulers.cardSeed(number, q.id())).of(rating);
                long ms = responseMillis(q, graded.correct());
                double elapsedDays = before.lastReview() == null ? 0 : Duration.between(before.lastReview(), t).toMillis() / 86_400_000.0;
                writer.review(learner.id(), q, t, rating, graded, ms, elapsedDays, before, outcome.card());
                cards.put(q.id(), outcome.card());
                t = t.plusMillis(ms + 1_000 + random.nextInt(4_000));
                return outcome.card();
            }

            private Rating pickRating() {
                double u = random.nextDouble();
                if (u < 0.07) {
                    return Rating.HARD;
                }
                return u < 0.07 + 0.05 + 0.05 * Math.max(0, ability) ? Rating.EASY : Rating.GOOD;
            }

            private long responseMillis(Question q, boolean correct) {
                if (random.nextDouble() < 0.01) {
                    return 120_000 + random.nextInt(480_000); // walked away from the screen
                }
                double typeFactor = switch (q.type()) {
                    case MATCHING, ORDERING -> 2.2;
                    case SHORT, MULTIPLE -> 1.4;
                    default -> 1.0;
                };
                return Math.round(8_000 * speed * typeFactor * (correct ? 1 : 1.4) * Math.exp(gaussian(random) * 0.45));
            }
        }
    }

    static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    static double gaussian(SplittableRandom random) {
        // Box-Muller: SplittableRandom has no nextGaussian on Java 17.
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    /** Batched inserts of review-log rows and cards on one connection (one transaction for the whole seeding). */
    static final class Writer implements AutoCloseable {
        private final PreparedStatement reviewInsert;
        private final PreparedStatement cardInsert;
        private int pendingReviews;
        private int pendingCards;
        long reviews;

        Writer(Connection connection) throws SQLException {
            reviewInsert = connection.prepareStatement("INSERT INTO review_log (learner_id, question_id, content_hash, session_id, "
                    + "reviewed_at, rating, correct, answer, response_ms, elapsed_days, queue_before, phase_before, step_before, "
                    + "stability_before, difficulty_before, due_before, last_review_before, reps_before, lapses_before, phase_after, "
                    + "step_after, stability_after, difficulty_after, due_after, reps_after, lapses_after) "
                    + "VALUES (?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            cardInsert = connection.prepareStatement("INSERT INTO card (learner_id, question_id, phase, step, stability, difficulty, "
                    + "due, last_review, reps, lapses, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)");
        }

        void review(long learnerId, Question q, Instant at, Rating rating, Graded graded, long ms, double elapsedDays,
                CardState b, CardState a) throws SQLException {
            PreparedStatement s = reviewInsert;
            s.setLong(1, learnerId);
            s.setString(2, q.id());
            s.setString(3, q.contentHash());
            s.setObject(4, utc(at));
            s.setInt(5, rating.grade());
            s.setBoolean(6, graded.correct());
            s.setString(7, graded.given());
            s.setLong(8, ms);
            s.setDouble(9, elapsedDays);
            s.setString(10, b.phase().name());
            s.setInt(11, b.step());
            s.setDouble(12, b.stability());
            s.setDouble(13, b.difficulty());
            s.setObject(14, utc(b.due()));
            if (b.lastReview() == null) {
                s.setNull(15, Types.TIMESTAMP_WITH_TIMEZONE);
            } else {
                s.setObject(15, utc(b.lastReview()));
            }
            s.setInt(16, b.reps());
            s.setInt(17, b.lapses());
            s.setString(18, a.phase().name());
            s.setInt(19, a.step());
            s.setDouble(20, a.stability());
            s.setDouble(21, a.difficulty());
            s.setObject(22, utc(a.due()));
            s.setInt(23, a.reps());
            s.setInt(24, a.lapses());
            s.addBatch();
            reviews++;
            if (++pendingReviews == BATCH) {
                s.executeBatch();
                pendingReviews = 0;
            }
        }

        void card(long learnerId, String questionId, CardState c) throws SQLException {
            PreparedStatement s = cardInsert;
            s.setLong(1, learnerId);
            s.setString(2, questionId);
            s.setString(3, c.phase().name());
            s.setInt(4, c.step());
            s.setDouble(5, c.stability());
            s.setDouble(6, c.difficulty());
            s.setObject(7, utc(c.due()));
            s.setObject(8, utc(c.lastReview()));
            s.setInt(9, c.reps());
            s.setInt(10, c.lapses());
            s.addBatch();
            if (++pendingCards == BATCH) {
                s.executeBatch();
                pendingCards = 0;
            }
        }

        /** Sends what is batched, so that the caller can commit it. */
        void flush() throws SQLException {
            if (pendingReviews > 0) {
                reviewInsert.executeBatch();
                pendingReviews = 0;
            }
            if (pendingCards > 0) {
                cardInsert.executeBatch();
                pendingCards = 0;
            }
        }

        @Override
        public void close() throws SQLException {
            try {
                flush();
            } finally {
                reviewInsert.close();
                cardInsert.close();
            }
        }
    }
}
