package org.palpate.learner;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The exam date each learner set (column {@code learner.exam_date}); kept apart from {@link Learner} on purpose. */
@Repository
public class ExamDateRepository {

    private final JdbcClient jdbc;

    ExamDateRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<LocalDate> of(long learnerId) {
        return jdbc.sql("SELECT exam_date FROM learner WHERE id = ?").param(learnerId)
                .query((row, n) -> Optional.ofNullable(row.getObject(1, LocalDate.class))).optional().flatMap(d -> d);
    }

    /** learner id -> exam date, for the learners who set one. */
    public Map<Long, LocalDate> all() {
        Map<Long, LocalDate> dates = new HashMap<>();
        jdbc.sql("SELECT id, exam_date FROM learner WHERE exam_date IS NOT NULL")
                .query(row -> {
                    dates.put(row.getLong(1), row.getObject(2, LocalDate.class));
                });
        return dates;
    }

    void set(long learnerId, LocalDate date) {
        jdbc.sql("UPDATE learner SET exam_date = ? WHERE id = ?").params(date, learnerId).update();
    }

    int setForStudents(LocalDate date) {
        return jdbc.sql("UPDATE learner SET exam_date = ? WHERE role = ?").params(date, Role.STUDENT.name()).update();
    }
}
