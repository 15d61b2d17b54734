package org.palpate.admin;

import org.palpate.support.Answers;
import org.palpate.curriculum.Question;
import org.palpate.curriculum.CurriculumLoader;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.palpate.UserException;
import org.palpate.learner.AccountService;
import org.palpate.learner.Learner;
import org.palpate.learner.Role;
import org.palpate.quiz.RecordedReviews;
import org.palpate.scheduling.Rating;
import org.palpate.support.PalpateProcess;
import org.palpate.support.PalpateTest;
import org.palpate.support.TestBeans;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfiguration;

/**
 * The school set-up on a real PostgreSQL: after 'admin school-setup', a student connecting with their own name and
 * password (as psql would) is refused every statement that would let them cheat or read what is not theirs, and
 * allowed their own. Runs with the superuser .ci/postgres exports; makes a database and an owner role of its own.
 */
@EnabledIfEnvironmentVariable(named = "PALPATE_TEST_POSTGRES_ADMIN_URL", matches = ".+")
@PalpateTest
@ContextConfiguration(initializers = SchoolRolesPostgresTest.SchoolDatabase.class)
class SchoolRolesPostgresTest {

    static final String SUFFIX = UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
    static final String DATABASE = "palpate_sec_" + SUFFIX;
    static final String OWNER = "sec_owner_" + SUFFIX;
    static final String OWNER_PASSWORD = "owner-" + SUFFIX;
    static final String TEACHER = "teacher_" + SUFFIX;
    static final String ALICE = "alice_" + SUFFIX;
    static final String BOB = "bob_" + SUFFIX;
    static final String PASSWORD = TestBeans.PASSWORD;
    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    /** A database of the test's own, owned by a role with CREATEROLE (not a superuser), as on a school's server. */
    static class SchoolDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            try (Connection admin = admin(); Statement sql = admin.createStatement()) {
                sql.execute("CREATE ROLE " + OWNER + " LOGIN CREATEROLE PASSWORD '" + OWNER_PASSWORD + "'");
                sql.execute("CREATE DATABASE " + DATABASE + " OWNER " + OWNER);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            try (Connection admin = DriverManager.getConnection(url(), adminUser(), adminPassword()); Statement sql = admin.createStatement()) {
                sql.execute("ALTER SCHEMA public OWNER TO " + OWNER);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("schoolDatabase", Map.of(
                    "spring.datasource.url", url(), "spring.datasource.username", OWNER, "spring.datasource.password", OWNER_PASSWORD)));
        }
    }

    @Autowired
    AccountService accounts;
    @Autowired
    SchoolSetup school;
    @Autowired
    RecordedReviews reviews;
    @org.springframework.beans.factory.annotation.Value("${palpate.home}")
    Path home;

    @Test
    void aStudentsOwnConnectionIsRefusedEverythingButTheirOwnRows() throws Exception {
        accounts.add(TEACHER, Role.INSTRUCTOR, PASSWORD.toCharArray());
        SchoolSetup.Result setUp = school.setUp();
        assertThat(setUp.needPassword()).containsExactly(TEACHER); // made before: a login role, no password yet
        assertThatThrownBy(() -> as(TEACHER, PASSWORD)).isInstanceOf(SQLException.class);
        accounts.login(TEACHER, PASSWORD.toCharArray());
        accounts.changePassword(null, PASSWORD.toCharArray(), PASSWORD.toCharArray());
        Learner alice = accounts.add(ALICE, Role.STUDENT, PASSWORD.toCharArray());
        Learner bob = accounts.add(BOB, Role.STUDENT, PASSWORD.toCharArray());
        reviews.right(alice, "b-single", Rating.GOOD, TestBeans.START, 4000);
        reviews.right(bob, "b-single", Rating.GOOD, TestBeans.START, 4000);
        assertThat(school.setUp().needPassword()).isEmpty(); // running it again changes nothing

        try (Connection student = as(ALICE, PASSWORD)) {
            // their own rows
            assertThat(rows(student, "SELECT name FROM learner")).isEqualTo(1);
            assertThat(rows(student, "SELECT id, name, role, exam_date FROM learner WHERE name = '" + ALICE + "'")).isEqualTo(1);
            assertThat(rows(student, "SELECT * FROM review_log")).isEqualTo(1);
            assertThat(rows(student, "SELECT * FROM card")).isEqualTo(1);
            assertThat(update(student, "UPDATE learner SET desired_retention = 0.85")).isEqualTo(1);
            assertThat(update(student, "UPDATE card SET reps = reps WHERE learner_id = " + alice.id())).isEqualTo(1);
            assertThat(rows(student, "SELECT * FROM published_curriculum")).isZero();

            // never: promote themselves, read hashes or logins, clear the back-off, manage accounts
            refused(student, "UPDATE learner SET role = 'INSTRUCTOR' WHERE id = " + alice.id());
            refused(student, "SELECT password_hash FROM learner");
            refused(student, "SELECT * FROM learner");
            refused(student, "SELECT * FROM login_session");
            refused(student, "DELETE FROM login_failure");
            refused(student, "INSERT INTO learner (name, role, password_hash, created_at) VALUES ('x', 'INSTRUCTOR', 'x', now())");
            refused(student, "SELECT palpate_account_role('" + ALICE + "', 'INSTRUCTOR')");
            refused(student, "SELECT palpate_account_add('mallory', 'INSTRUCTOR', 'x', 'x')");
            refused(student, "SELECT palpate_account_password('" + TEACHER + "', 'x', 'x')");
            refused(student, "GRANT " + DATABASE + "_instructor TO " + ALICE);
            refused(student, "SET ROLE " + DATABASE + "_instructor");
            // another learner's data: invisible, unchangeable, and none can be written in their name
            assertThat(rows(student, "SELECT * FROM review_log WHERE learner_id = " + bob.id())).isZero();
            assertThat(rows(student, "SELECT * FROM card WHERE learner_id = " + bob.id())).isZero();
            assertThat(update(student, "UPDATE card SET reps = 99 WHERE learner_id = " + bob.id())).isZero();
            assertThat(update(student, "DELETE FROM review_log WHERE learner_id = " + bob.id())).isZero();
            refused(student, "INSERT INTO card SELECT " + bob.id() + ", 'b-tf', phase, step, stability, difficulty, due, last_review,"
                    + " reps, lapses, version FROM card");
            refused(student, "UPDATE review_log SET learner_id = " + bob.id());
            // the published curriculum and the schema are the instructors' and the owner's
            refused(student, "INSERT INTO published_curriculum (content_hash, published_at, published_by) VALUES ('x', now(), 'x')");
            refused(student, "CREATE TABLE cheat (a INT)");
            refused(student, "ALTER TABLE learner ADD COLUMN cheat INT");
            refused(student, "DROP POLICY palpate_own ON review_log");
            refused(student, "ALTER TABLE review_log DISABLE ROW LEVEL SECURITY");
            refused(student, "INSERT INTO flyway_schema_history (installed_rank, description, type, script, installed_by, execution_time,"
                    + " success) VALUES (99, 'x', 'SQL', 'x', 'x', 0, true)");
        }
        assertThatThrownBy(() -> as(ALICE, "wrong password")).isInstanceOf(SQLException.class)
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("28P01"));

        try (Connection instructor = as(TEACHER, PASSWORD)) {
            assertThat(rows(instructor, "SELECT * FROM review_log")).isEqualTo(2); // everyone's progress
            refused(instructor, "SELECT password_hash FROM learner");
            refused(instructor, "UPDATE learner SET role = 'INSTRUCTOR'");
            assertThat(update(instructor, "DELETE FROM review_log")).isZero(); // reads everyone's, changes only their own
            rows(instructor, "SELECT palpate_account_role('" + ALICE + "', 'INSTRUCTOR')");
        }
        try (Connection promoted = as(ALICE, PASSWORD)) {
            assertThat(rows(promoted, "SELECT * FROM review_log")).isEqualTo(2);
        }
        accounts.changeRole(ALICE, Role.STUDENT);
        try (Connection demoted = as(ALICE, PASSWORD)) {
            assertThat(rows(demoted, "SELECT * FROM review_log")).isEqualTo(1);
        }
        assertThatThrownBy(() -> accounts.changeRole(TEACHER, Role.STUDENT)).isInstanceOf(UserException.class)
                .hasMessageContaining("only instructor");
        labMachine();
        accounts.remove(BOB);
        assertThatThrownBy(() -> as(BOB, PASSWORD)).isInstanceOf(SQLException.class);
    }

    /** Palpate on a lab machine: the address only; the learner's own name and password open the connection. */
    private void labMachine() throws Exception {
        // through ./palpate, as on a lab machine (with Spring AOT, the school profile must still give each learner their own connection)
        PalpateProcess lab = PalpateProcess.throughLauncher(Files.createTempDirectory(home, "lab"), "src/test/resources/curricula/shell");
        String school = "--spring.profiles.active=school";
        String address = "--spring.datasource.url=" + url();
        PalpateProcess.Result wrong = lab.run("not the password\n", school, address, "login", ALICE);
        assertThat(wrong.err()).contains("Error: wrong name or password");
        PalpateProcess.Result right = lab.run(PASSWORD + "\n", school, address, "login", ALICE);
        assertThat(right.out()).contains("Logged in as " + ALICE + " (student)");
        PalpateProcess.Result others = lab.run("", school, address, "--palpate.school.user=" + ALICE, "--palpate.school.password=" + PASSWORD,
                "report", "learner", BOB);
        assertThat(others.err()).contains("Error: students can read only their own progress");
        PalpateProcess.Result own = lab.run("", school, address, "--palpate.school.user=" + ALICE, "--palpate.school.password=" + PASSWORD,
                "progress");
        assertThat(own.exit()).as(own.err()).isZero();
        assertThat(own.out()).contains(ALICE + ": 1 answer");

        // the whole answer path on the student's own connection: session, review log, card, undo data
        String[] asAlice = { school, address, "--palpate.school.user=" + ALICE, "--palpate.school.password=" + PASSWORD };
        assertThat(lab.run("", concat(asAlice, "quiz", "start", "--module", "basics", "--count", "2")).exit()).isZero();
        PalpateProcess.Result shown = lab.run("", concat(asAlice, "quiz", "next", "--format", "json"));
        @SuppressWarnings("unchecked")
        Map<String, Object> json = tools.jackson.databind.json.JsonMapper.builder().build().readValue(shown.out(), Map.class);
        Question q = new CurriculumLoader().load(Path.of("src/test/resources/curricula/shell")).curriculum()
                .question((String) json.get("id")).orElseThrow();
        PalpateProcess.Result answered = lab.run("", concat(asAlice, "quiz", "answer", Answers.right(q, json)));
        assertThat(answered.out()).as(answered.err()).contains("✔ Right.");
        PalpateProcess.Result undone = lab.run("", concat(asAlice, "quiz", "undo"));
        assertThat(undone.out()).as(undone.err()).contains("Took back your answer to " + q.id());
        assertThat(lab.run("", concat(asAlice, "quiz", "finish")).exit()).isZero();
    }

    private static String[] concat(String[] first, String... rest) {
        return java.util.stream.Stream.concat(java.util.Arrays.stream(first), java.util.Arrays.stream(rest)).toArray(String[]::new);
    }

    private static void refused(Connection connection, String sql) {
        assertThatThrownBy(() -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute(sql);
            }
        }).as(sql).isInstanceOf(SQLException.class)
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).as(sql + ": " + e.getMessage()).isEqualTo(INSUFFICIENT_PRIVILEGE));
    }

    private static int rows(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            int rows = 0;
            while (result.next()) {
                rows++;
            }
            return rows;
        }
    }

    private static int update(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            return statement.executeUpdate(sql);
        }
    }

    static Connection as(String user, String password) throws SQLException {
        return DriverManager.getConnection(url(), user, password);
    }

    static String url() {
        String admin = System.getenv("PALPATE_TEST_POSTGRES_ADMIN_URL");
        return admin.substring(0, admin.lastIndexOf('/') + 1) + DATABASE;
    }

    private static Connection admin() throws SQLException {
        return DriverManager.getConnection(System.getenv("PALPATE_TEST_POSTGRES_ADMIN_URL"), adminUser(), adminPassword());
    }

    private static String adminUser() {
        return System.getenv().getOrDefault("PALPATE_TEST_POSTGRES_ADMIN_USER", "postgres");
    }

    private static String adminPassword() {
        return System.getenv().getOrDefault("PALPATE_TEST_POSTGRES_ADMIN_PASSWORD", "");
    }

    @AfterAll
    static void dropTheDatabaseAndItsRoles() throws SQLException {
        try (Connection admin = admin(); Statement sql = admin.createStatement()) {
            sql.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + DATABASE + "'");
            sql.execute("DROP DATABASE IF EXISTS " + DATABASE);
            for (String role : new String[] {TEACHER, ALICE, BOB, DATABASE + "_student", DATABASE + "_instructor", OWNER}) {
                sql.execute("DROP ROLE IF EXISTS " + role);
            }
        }
    }
}
