package org.palpate.admin;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The tables a backup holds, read from the database's own catalogue (never from the backup), parents before the
 * tables that reference them so that rows can be inserted in order. The migration history is not data (a restored
 * database gets its own from Flyway) and logins are not restored: a restore must not revive a revoked session.
 */
record TableSchema(List<Table> tables) {

    static final Set<String> NOT_BACKED_UP = Set.of("flyway_schema_history", "login_session");

    record Column(String name, String sqlName, int jdbcType, boolean identity) {

        String quoted() {
            return quote(sqlName);
        }
    }

    /** A table as the database names it ({@code sqlName}) and as a backup names it ({@code name}, lower case). */
    record Table(String name, String sqlName, List<Column> columns) {

        List<String> columnNames() {
            return columns.stream().map(Column::name).toList();
        }

        String quoted() {
            return quote(sqlName);
        }
    }

    static TableSchema of(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        Map<String, Table> byName = new LinkedHashMap<>();
        Map<String, Set<String>> parents = new LinkedHashMap<>();
        try (ResultSet rows = meta.getTables(null, "PUBLIC", "%", new String[] { "TABLE", "BASE TABLE" })) {
            while (rows.next()) {
                String sqlName = rows.getString("TABLE_NAME");
                String name = sqlName.toLowerCase(Locale.ROOT);
                if (!NOT_BACKED_UP.contains(name)) {
                    byName.put(name, new Table(name, sqlName, columns(meta, sqlName)));
                    parents.put(name, parents(meta, sqlName));
                }
            }
        }
        List<Table> ordered = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        while (placed.size() < byName.size()) {
            int before = placed.size();
            for (Table table : byName.values()) {
                Set<String> needed = new LinkedHashSet<>(parents.get(table.name()));
                needed.remove(table.name());
                needed.retainAll(byName.keySet());
                if (!placed.contains(table.name()) && placed.containsAll(needed)) {
                    placed.add(table.name());
                    ordered.add(table);
                }
            }
            if (placed.size() == before) {
                throw new IllegalStateException("the tables reference each other in a cycle: " + byName.keySet());
            }
        }
        return new TableSchema(List.copyOf(ordered));
    }

    private static List<Column> columns(DatabaseMetaData meta, String table) throws SQLException {
        List<Column> columns = new ArrayList<>();
        try (ResultSet rows = meta.getColumns(null, "PUBLIC", table, "%")) {
            while (rows.next()) {
                String sqlName = rows.getString("COLUMN_NAME");
                columns.add(new Column(sqlName.toLowerCase(Locale.ROOT), sqlName, rows.getInt("DATA_TYPE"),
                        "YES".equals(rows.getString("IS_AUTOINCREMENT"))));
            }
        }
        return List.copyOf(columns);
    }

    private static Set<String> parents(DatabaseMetaData meta, String table) throws SQLException {
        Set<String> parents = new LinkedHashSet<>();
        try (ResultSet rows = meta.getImportedKeys(null, "PUBLIC", table)) {
            while (rows.next()) {
                parents.add(rows.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return parents;
    }

    /** Names come from the catalogue, but are quoted all the same: lower-case and reserved names stay intact. */
    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    static String columnList(Table table) {
        return String.join(", ", table.columns().stream().map(Column::quoted).toList());
    }
}
