package org.palpate.demo;

import org.palpate.support.Keys;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.palpate.StudyDay;
import org.palpate.UserException;
import org.palpate.curriculum.Curriculum;
import org.palpate.curriculum.CurriculumService;
import org.palpate.curriculum.Question;
import org.palpate.curriculum.QuestionType;
import org.palpate.learner.AccountService;
import org.palpate.learner.Learner;
import org.palpate.learner.Role;
import org.palpate.quiz.QueuePlanner;
import org.palpate.quiz.Schedulers;
import org.palpate.scheduling.CardState;
import org.palpate.scheduling.Scheduler;
import org.palpate.support.PalpateTest;
import org.palpate.support.TestBeans;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/** The simulated cohort: the same seed gives the same data, and the data is what Palpate itself would have written. */
@PalpateTest
@TestPropertySource(properties = "palpate.test.database=demo-seeder")
class DemoSeederTest {

    @Autowired
    DemoSeeder seeder;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CurriculumService curricula;
    @Autowired
    AccountService accounts;
    @Autowired
    Clock clock;

    @Test
    void theSameSeedGivesTheSameDatabase() throws Exception {
        DemoSeeder.Result first = seeder.seed(15, 40, 99, false);
        String digest = digest();
        assertThat(first.reviews()).isPositive();
        DemoSeeder.Result again = seeder.seed(15, 40, 99, false);
        assertThat(again.reviews()).isEqualTo(first.reviews());
        assertThat(digest()).isEqualTo(digest);
        seeder.seed(15, 40, 100, false);
        assertThat(digest()).isNotEqualTo(digest);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM learner WHERE role = 'STUDENT'").query(Integer.class).single()).isEqualTo(15);
        assertThat(accounts.login(DemoSeeder.INSTRUCTOR, DemoSeeder.PASSWORD.toCharArray()).role()).isEqualTo(Role.INSTRUCTOR);
        assertThat(accounts.login("demo-0007", DemoSeeder.PASSWORD.toCharArray()).role()).isEqualTo(Role.STUDENT);
    }

    @Test
    void theLogIsConsistentWithTheCardsAndTheCurriculum() {
        seeder.seed(12, 60, 5, false);
        Map<String, Question> questions = curricula.current().questions().stream().collect(Collectors.toMap(Question::id, q -> q));
        // every card is the state after its last review, and counts every review of it
        List<Map<String, Object>> mismatches = jdbc.sql("SELECT c.learner_id, c.question_id FROM card c JOIN review_log r "
                + "ON r.learner_id = c.learner_id AND r.question_id = c.question_id AND r.reviewed_at = c.last_review "
                + "WHERE r.phase_after <> c.phase OR r.stability_after <> c.stability OR r.due_after <> c.due "
                + "OR r.reps_after <> c.reps OR r.lapses_after <> c.lapses").query().listOfRows();
        assertThat(mismatches).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM card c WHERE reps <> (SELECT COUNT(*) FROM review_log r "
                + "WHERE r.learner_id = c.learner_id AND r.question_id = c.question_id)").query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM review_log WHERE correct <> (rating > 1)").query(Integer.class).single()).isZero();
        // each row starts where the previous one of the same card ended
        assertThat(jdbc.sql("SELECT COUNT(*) FROM review_log r WHERE r.reps_before > 0 AND NOT EXISTS (SELECT 1 FROM review_log p "
                + "WHERE p.learner_id = r.learner_id AND p.question_id = r.question_id AND p.reps_after = r.reps_before "
                + "AND p.stability_after = r.stability_before AND p.reviewed_at = r.last_review_before)").query(Integer.class).single()).isZero();
        jdbc.sql("SELECT question_id, content_hash, answer FROM review_log").query((row, n) -> {
            Question q = questions.get(row.getString(1));
            assertThat(row.getString(2)).isEqualTo(q.contentHash());
            String answer = row.getString(3);
            if (q.type() == QuestionType.SINGLE || q.type() == QuestionType.MULTIPLE) {
                assertThat(answer).as("answers are in the learner's terms: key) text").matches("[A-Z]\\) .+");
                assertThat(Keys.choices(q)).as(answer).anyMatch(c -> answer.contains(") " + c.text()));
            }
            return null;
        }).list();
    }

    @Test
    void eachDaysNewQuestionsAreTheOnesTheQuizPlannerPutsNext() {
        seeder.seed(6, 50, 3, false);
        Curriculum curriculum = curricula.forStudents();
        Scheduler scheduler = Schedulers.forLearner(new Learner(0, "planner", Role.STUDENT, 0.9, 10));
        record FirstMeeting(String student, LocalDate day, String questionId) {
        }
        List<FirstMeeting> meetings = jdbc.sql("SELECT l.name, r.reviewed_at, r.question_id FROM review_log r JOIN learner l "
                + "ON l.id = r.learner_id WHERE r.reps_before = 0 ORDER BY l.name, r.reviewed_at, r.id")
                .query((row, n) -> new FirstMeeting(row.getString(1),
                        StudyDay.of(row.getObject(2, OffsetDateTime.class).toInstant(), clock.getZone()), row.getString(3)))
                .list();
        assertThat(meetings).isNotEmpty();
        Map<String, Map<LocalDate, List<String>>> byStudentAndDay = new LinkedHashMap<>();
        meetings.forEach(m -> byStudentAndDay.computeIfAbsent(m.student(), s -> new LinkedHashMap<>())
                .computeIfAbsent(m.day(), d -> new ArrayList<>()).add(m.questionId()));
        // Cards of the questions met on earlier days, none of them due: the planner's daily queue is then its new ones.
        CardState notDue = CardState.newCard(Instant.EPOCH.plusSeconds(1));
        byStudentAndDay.forEach((student, days) -> {
            Map<String, CardState> met = new HashMap<>();
            days.forEach((day, fresh) -> {
                List<String> planned = new QueuePlanner(curriculum, met, scheduler, Instant.EPOCH).daily(Integer.MAX_VALUE);
                assertThat(fresh).as(student + " on " + day).isEqualTo(planned.subList(0, fresh.size()));
                fresh.forEach(id -> met.put(id, notDue));
            });
        });
    }

    @Test
    void aDatabaseWithRealAccountsIsLeftAloneUnlessForced() {
        accounts.add("real-teacher", Role.INSTRUCTOR, TestBeans.PASSWORD.toCharArray());
        accounts.login("real-teacher", TestBeans.PASSWORD.toCharArray());
        accounts.add("real-person", Role.STUDENT, TestBeans.PASSWORD.toCharArray());
        assertThatThrownBy(() -> seeder.seed(3, 5, 1, false)).isInstanceOf(UserException.class)
                .hasMessageContaining("this database has 2 account(s) of real people");
        accounts.login("real-person", TestBeans.PASSWORD.toCharArray());
        assertThatThrownBy(() -> seeder.seed(3, 5, 1, true)).isInstanceOf(UserException.class).hasMessage("only instructors can do this");
        accounts.login("real-teacher", TestBeans.PASSWORD.toCharArray());
        assertThat(seeder.seed(3, 5, 1, true).learners()).isEqualTo(3);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM learner WHERE name LIKE 'real-%'").query(Integer.class).single()).isEqualTo(2);
        jdbc.sql("DELETE FROM learner WHERE name LIKE 'real-%'").update();
    }

    private String digest() throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        jdbc.sql("SELECT l.name, r.question_id, r.reviewed_at, r.rating, r.answer, r.response_ms, r.stability_after, r.due_after "
                + "FROM review_log r JOIN learner l ON l.id = r.learner_id ORDER BY l.name, r.reviewed_at, r.question_id")
                .query(row -> {
                    for (int i = 1; i <= 8; i++) {
                        sha.update(String.valueOf(row.getObject(i)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    }
                });
        return HexFormat.of().formatHex(sha.digest());
    }
}
