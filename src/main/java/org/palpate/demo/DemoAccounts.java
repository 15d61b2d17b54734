package org.palpate.demo;

import static org.palpate.learner.LearnerRepository.utc;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import org.palpate.learner.Learner;
import org.palpate.learner.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;

/** The demo accounts: {@code demo-instructor} (unless real accounts exist) and {@code demo-0001}..., one password for all. */
@Component
class DemoAccounts {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    DemoAccounts(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Accounts of real people: every account not named like a demo one. */
    long others() {
        return jdbc.sql("SELECT COUNT(*) FROM learner WHERE name NOT LIKE ?").param(DemoSeeder.PREFIX + "%").query(Long.class).single();
    }

    /** A password for demo students added beside real accounts, where the public {@link DemoSeeder#PASSWORD} must not open them. */
    static String randomPassword() {
        byte[] random = new byte[12];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    /**
     * Deletes the earlier demo accounts (their cards and reviews go with them) and creates {@code learners} students,
     * and {@code demo-instructor} when {@code instructor}.
     */
    List<Learner> replace(int learners, Instant now, String password, boolean instructor) {
        jdbc.sql("DELETE FROM learner WHERE name LIKE ?").param(DemoSeeder.PREFIX + "%").update();
        // One BCrypt hash for every demo account: hashing a thousand passwords would take minutes.
        String hash = new BCryptPasswordEncoder().encode(password);
        int width = Math.max(4, String.valueOf(learners).length());
        List<Object[]> rows = new ArrayList<>();
        if (instructor) {
            rows.add(new Object[] {DemoSeeder.INSTRUCTOR, Role.INSTRUCTOR.name(), hash, utc(now)});
        }
        for (int i = 1; i <= learners; i++) {
            String name = DemoSeeder.PREFIX + String.format(Locale.ROOT, "%0" + width + "d", i);
            rows.add(new Object[] {name, Role.STUDENT.name(), hash, utc(now)});
        }
        template.batchUpdate("INSERT INTO learner (name, role, password_hash, created_at) VALUES (?, ?, ?, ?)", rows);
        return jdbc.sql("SELECT id, name, desired_retention, new_per_day FROM learner WHERE role = ? AND name LIKE ? ORDER BY name")
                .params(Role.STUDENT.name(), DemoSeeder.PREFIX + "%")
                .query((row, n) -> new Learner(row.getLong(1), row.getString(2), Role.STUDENT, row.getDouble(3), row.getInt(4)))
                .list();
    }
}
