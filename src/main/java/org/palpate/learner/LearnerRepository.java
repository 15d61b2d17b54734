package org.palpate.learner;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class LearnerRepository {

    // The weights in use: the learner's own fit when it predicted their log better, else the cohort's (if any).
    private static final String COLUMNS = "l.id, l.name, l.role, l.desired_retention, l.new_per_day, "
            + "CASE WHEN p.in_use THEN p.weights ELSE c.weights END AS fsrs_weights FROM learner l "
            + "LEFT JOIN learner_fsrs_parameters p ON p.learner_id = l.id LEFT JOIN cohort_fsrs_parameters c ON c.id = 1";
    private final JdbcClient jdbc;
    private final Clock clock;

    LearnerRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    long insert(String name, Role role, String passwordHash) {
        jdbc.sql("INSERT INTO learner (name, role, password_hash, created_at) VALUES (?, ?, ?, ?)")
                .params(name, role.name(), passwordHash, utc(clock.instant())).update();
        return findByName(name).orElseThrow().id();
    }

    public Optional<Learner> findByName(String name) {
        return jdbc.sql("SELECT " + COLUMNS + " WHERE l.name = ?").param(name).query(this::learner).optional();
    }

    public Optional<Learner> findById(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " WHERE l.id = ?").param(id).query(this::learner).optional();
    }

    public List<Learner> findAll() {
        return jdbc.sql("SELECT " + COLUMNS + " ORDER BY l.name").query(this::learner).list();
    }

    int count() {
        return jdbc.sql("SELECT COUNT(*) FROM learner").query(Integer.class).single();
    }

    /** Waits for any other transaction changing an instructor; the count that follows sees what it committed. */
    void lockInstructors() {
        jdbc.sql("SELECT id FROM learner WHERE role = ? ORDER BY id FOR UPDATE").param(Role.INSTRUCTOR.name()).query(Long.class).list();
    }

    int countInstructors() {
        return jdbc.sql("SELECT COUNT(*) FROM learner WHERE role = ?").param(Role.INSTRUCTOR.name()).query(Integer.class).single();
    }

    void delete(long id) {
        jdbc.sql("DELETE FROM learner WHERE id = ?").param(id).update();
    }

    void updatePassword(long id, String passwordHash) {
        jdbc.sql("UPDATE learner SET password_hash = ? WHERE id = ?").params(passwordHash, id).update();
    }

    /** The retention the learner's schedule aims at (srs settings). */
    public void updateDesiredRetention(long id, double retention) {
        jdbc.sql("UPDATE learner SET desired_retention = ? WHERE id = ?").params(retention, id).update();
    }

    void updateRole(long id, Role role) {
        jdbc.sql("UPDATE learner SET role = ? WHERE id = ?").params(role.name(), id).update();
    }

    Optional<String> passwordHash(String name) {
        return jdbc.sql("SELECT password_hash FROM learner WHERE name = ?").param(name).query(String.class).optional();
    }

    private Learner learner(ResultSet row, int rowNumber) throws SQLException {
        return new Learner(row.getLong("id"), row.getString("name"), Role.valueOf(row.getString("role")),
                row.getDouble("desired_retention"), row.getInt("new_per_day"), weights(row.getString("fsrs_weights")));
    }

    /** The stored form of FSRS weights: numbers separated by commas. */
    public static List<Double> weights(String stored) {
        if (stored == null || stored.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(stored.split(",")).map(String::trim).map(Double::valueOf).toList();
    }

    /** Timestamps are stored WITH TIME ZONE and written as UTC offsets, which both H2 and PostgreSQL map exactly. */
    public static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
