package org.palpate.learner;

import java.sql.SQLException;

import org.palpate.UserException;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * In the school set-up (admin school-setup) every account is also a PostgreSQL login role, made, changed and
 * dropped with the account through the set-up's functions (they run with the owner's CREATEROLE). On H2, or on a
 * PostgreSQL database not set up so, there are none and the accounts live in the learner table alone.
 */
@Component
class DatabaseLogins {

    private final JdbcClient jdbc;

    DatabaseLogins(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether this database is set up for the school: its account functions exist (asked each time: it is rare; every learner may run this one, so it is listed for all). */
    boolean enabled() {
        return jdbc.sql("SELECT COUNT(*) FROM information_schema.routines WHERE routine_name = 'palpate_account_password'"
                + " AND routine_schema = CURRENT_SCHEMA").query(Integer.class).single() > 0;
    }

    void add(String name, Role role, String bcrypt, char[] password) {
        call("SELECT palpate_account_add(?, ?, ?, ?)", name, role.name(), bcrypt, ScramVerifier.of(password));
    }

    void changePassword(String name, String bcrypt, char[] password) {
        call("SELECT palpate_account_password(?, ?, ?)", name, bcrypt, ScramVerifier.of(password));
    }

    void changeRole(String name, Role role) {
        call("SELECT palpate_account_role(?, ?)", name, role.name());
    }

    void remove(String name) {
        call("SELECT palpate_account_remove(?)", name);
    }

    private void call(String sql, Object... params) {
        try {
            jdbc.sql(sql).params(params).query((row, n) -> 1).list();
        } catch (DataAccessException e) {
            throw userMessage(e).map(UserException::new).orElseThrow(() -> e);
        }
    }

    /** The functions' own messages ("palpate: ...") are meant for the user. */
    private static java.util.Optional<String> userMessage(DataAccessException e) {
        if (e.getMostSpecificCause() instanceof SQLException sql && sql.getMessage() != null) {
            String first = sql.getMessage().lines().findFirst().orElse("");
            int at = first.indexOf("palpate: ");
            if (at >= 0) {
                return java.util.Optional.of(first.substring(at + "palpate: ".length()));
            }
        }
        return java.util.Optional.empty();
    }
}
