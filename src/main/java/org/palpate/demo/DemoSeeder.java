package org.palpate.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import org.palpate.UserException;
import org.palpate.curriculum.Curriculum;
import org.palpate.curriculum.CurriculumService;
import org.palpate.learner.Access;
import org.palpate.learner.Learner;
import org.palpate.learner.Role;

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
    static final int BATCH = 5_000;

    /** {@code password}: the demo accounts' password; {@code instructor}: whether demo-instructor was made. */
    public record Result(int learners, long reviews, int days, long seed, Duration took, String password, boolean instructor) {
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
                String password = others > 0 ? randomPassword() : PASSWORD;
                List<Learner> students = createAccounts(connection, learners, now, password, others == 0);
                DemoSimulation simulation = new DemoSimulation(curriculum, now, clock.getZone(), days, seed);
                long reviews;
                try (DemoWriter writer = new DemoWriter(connection)) {
                    connection.commit(); // the accounts, then one commit per student: a single transaction of a million
                    for (int i = 0; i < students.size(); i++) {  // rows made H2 spill it all to disk (tens of GB)
                        simulation.run(students.get(i), i + 1, writer);
                        writer.flush();
                        connection.commit();
                    }
                    reviews = writer.reviews;
                }
                connection.commit();
                return new Result(learners, reviews, days, seed, Duration.ofNanos(System.nanoTime() - started), password, others == 0);
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

    private static String randomPassword() {
        byte[] random = new byte[12];
        new java.security.SecureRandom().nextBytes(random);
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private List<Learner> createAccounts(Connection connection, int learners, Instant now, String password, boolean instructor)
            throws SQLException {
        // One BCrypt hash for every demo account: hashing a thousand passwords would take minutes.
        String hash = new BCryptPasswordEncoder().encode(password);
        int width = Math.max(4, String.valueOf(learners).length());
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO learner (name, role, password_hash, created_at) VALUES (?, ?, ?, ?)")) {
            if (instructor) {
                add(insert, INSTRUCTOR, Role.INSTRUCTOR, hash, now);
            }
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

}
