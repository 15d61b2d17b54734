package org.palpate.admin;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

import org.palpate.UserException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Sets a PostgreSQL database up for a school (admin school-setup): group roles for students and instructors, grants
 * and row-level security so that the database itself decides who reads and changes what, the functions that manage
 * the accounts' login roles, and a login role for every account made before. Run with the owner's connection (the
 * role that owns Palpate's tables and has CREATEROLE); running it again brings an older set-up up to date.
 */
@Service
public class SchoolSetup {

    /** What was done: the two group roles and the accounts that got a login role without a password yet. */
    public record Result(String students, String instructors, List<String> needPassword) {
    }

    private final DataSource dataSource;
    private final JdbcClient jdbc;

    SchoolSetup(DataSource dataSource, JdbcClient jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    public Result setUp() {
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
                throw new UserException("the school set-up is for PostgreSQL; a laptop's own H2 database needs none");
            }
        } catch (SQLException e) {
            throw new UserException("cannot reach the database: " + e.getMessage());
        }
        String database = jdbc.sql("SELECT current_database()").query(String.class).single();
        String schema = jdbc.sql("SELECT current_schema()").query(String.class).single();
        requireOwner();
        String students = database + "_student";
        String instructors = database + "_instructor";
        List<String> before = jdbc.sql("SELECT name FROM learner l WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = l.name)"
                + " ORDER BY name").query(String.class).list();
        String script = template().replace("{{S_TEXT}}", text(students)).replace("{{I_TEXT}}", text(instructors))
                .replace("{{S}}", identifier(students)).replace("{{I}}", identifier(instructors))
                .replace("{{SCHEMA}}", identifier(schema)).replace("{{DATABASE}}", identifier(database));
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute(script);
            connection.commit();
        } catch (SQLException e) {
            throw new UserException("the school set-up failed and changed nothing: " + e.getMessage().lines().findFirst().orElse(""));
        }
        return new Result(students, instructors, before);
    }

    private void requireOwner() {
        record Me(String name, boolean owner, boolean createRole) {
        }
        Me me = jdbc.sql("SELECT current_user, pg_has_role(current_user, t.tableowner, 'USAGE'), r.rolcreaterole OR r.rolsuper"
                + " FROM pg_tables t, pg_roles r WHERE t.tablename = 'learner' AND t.schemaname = current_schema() AND r.rolname = current_user")
                .query((row, n) -> new Me(row.getString(1), row.getBoolean(2), row.getBoolean(3))).optional()
                .orElseThrow(() -> new UserException("there are no Palpate tables here: start Palpate once with the owner's connection"));
        if (!me.owner()) {
            throw new UserException("run it with the connection of the role that owns Palpate's tables, not as " + me.name());
        }
        if (!me.createRole()) {
            throw new UserException("the role " + me.name() + " needs CREATEROLE to make the learners' login roles: as a "
                    + "superuser, run ALTER ROLE " + identifier(me.name()) + " CREATEROLE");
        }
    }

    private static String template() {
        try (InputStream in = SchoolSetup.class.getResourceAsStream("/school/setup.sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String identifier(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    private static String text(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
