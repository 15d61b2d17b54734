package org.palpate.admin;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.palpate.admin.BackupManifest.TableEntry;
import org.palpate.admin.TableSchema.Column;
import org.palpate.admin.TableSchema.Table;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads a backup's rows into a scratch database whose schema Flyway built: only the tables and columns that schema
 * has, each value through a parameter of an INSERT, and the counts checked against the manifest.
 */
final class RestoreLoader {

    /** A row of the largest table (a 1,000-question queue) is far smaller; a longer line is not a backup's. */
    private static final int MAX_LINE = 1 << 22;
    private static final int BATCH = 500;

    private final JsonMapper json;
    private final Deadline deadline;

    RestoreLoader(JsonMapper json, Deadline deadline) {
        this.json = json;
        this.deadline = deadline;
    }

    /** A point in time after which the restore gives up, checked between rows. */
    interface Deadline {
        void check() throws NotABackup;
    }

    BackupManifest manifest(BackupArchive archive) throws IOException, NotABackup {
        try (InputStream in = archive.read(BackupManifest.ENTRY)) {
            BackupManifest manifest = json.readValue(in.readNBytes(1 << 20), BackupManifest.class);
            if (!BackupManifest.FORMAT.equals(manifest.format()) || manifest.formatVersion() != BackupManifest.FORMAT_VERSION
                    || manifest.schemaVersion() == null || manifest.tables() == null) {
                throw new NotABackup("its manifest is not that of a Palpate backup of format " + BackupManifest.FORMAT_VERSION);
            }
            return manifest;
        } catch (JacksonException e) {
            throw new NotABackup("its manifest is not valid: " + e.getOriginalMessage());
        }
    }

    void load(BackupArchive archive, BackupManifest manifest, Connection scratch) throws IOException, SQLException, NotABackup {
        List<Table> tables = TableSchema.of(scratch).tables();
        Map<String, TableEntry> listed = manifest.tables().stream()
                .collect(Collectors.toMap(TableEntry::name, Function.identity(), (a, b) -> a));
        Set<String> expected = tables.stream().map(Table::name).collect(Collectors.toSet());
        if (!listed.keySet().equals(expected) || listed.size() != manifest.tables().size()) {
            throw new NotABackup("its manifest lists the tables " + listed.keySet() + ", where schema version "
                    + manifest.schemaVersion() + " has " + expected);
        }
        Set<String> entries = new HashSet<>(archive.tableEntries());
        entries.removeAll(expected.stream().map(BackupManifest::entryOf).toList());
        if (!entries.isEmpty()) {
            throw new NotABackup("unexpected entry " + BackupArchive.printable(entries.iterator().next()));
        }
        scratch.setAutoCommit(false);
        for (Table table : tables) {
            TableEntry entry = listed.get(table.name());
            if (!table.columnNames().equals(entry.columns())) {
                throw new NotABackup("table " + table.name() + " has the columns " + entry.columns() + " in the manifest, where schema version "
                        + manifest.schemaVersion() + " has " + table.columnNames());
            }
            long rows = loadTable(archive, table, scratch);
            if (rows != entry.rows()) {
                throw new NotABackup(BackupManifest.entryOf(table.name()) + " has " + rows + " rows where the manifest says " + entry.rows()
                        + " (a file cut short?)");
            }
            restartIdentities(table, scratch);
            scratch.commit();
        }
    }

    private long loadTable(BackupArchive archive, Table table, Connection scratch) throws IOException, SQLException, NotABackup {
        String entry = BackupManifest.entryOf(table.name());
        String marks = String.join(", ", table.columns().stream().map(c -> "?").toList());
        String sql = "INSERT INTO " + table.quoted() + " (" + TableSchema.columnList(table) + ") VALUES (" + marks + ")";
        long rows = 0;
        try (InputStream in = archive.read(entry); Reader text = strictUtf8(in); PreparedStatement insert = scratch.prepareStatement(sql)) {
            Lines lines = new Lines(text, entry);
            for (String line = lines.next(); line != null; line = lines.next()) {
                rows++;
                bindRow(insert, table, line, entry + " line " + rows);
                insert.addBatch();
                if (rows % BATCH == 0) {
                    execute(insert, entry, rows);
                    deadline.check();
                }
            }
            execute(insert, entry, rows);
        } catch (CharacterCodingException e) {
            throw new NotABackup(entry + " is not UTF-8 text");
        }
        return rows;
    }

    private void bindRow(PreparedStatement insert, Table table, String line, String where) throws SQLException, NotABackup {
        JsonNode row;
        try {
            row = json.readTree(line);
        } catch (JacksonException e) {
            throw new NotABackup(where + " is not a JSON array: " + e.getOriginalMessage());
        }
        if (row == null || !row.isArray() || row.size() != table.columns().size()) {
            throw new NotABackup(where + " does not hold the " + table.columns().size() + " values of a " + table.name() + " row");
        }
        for (int i = 0; i < table.columns().size(); i++) {
            try {
                ColumnValues.bind(insert, i + 1, table.columns().get(i), row.get(i));
            } catch (NotABackup e) {
                throw new NotABackup(where + ": " + e.getMessage());
            }
        }
    }

    private static void execute(PreparedStatement insert, String entry, long rows) throws NotABackup {
        try {
            insert.executeBatch();
        } catch (SQLException e) {
            throw new NotABackup(entry + " near line " + rows + ": " + firstLine(e));
        }
    }

    /** Rows keep their ids; new rows must get ids after them. */
    private static void restartIdentities(Table table, Connection scratch) throws SQLException {
        for (Column column : table.columns()) {
            if (column.identity()) {
                try (Statement statement = scratch.createStatement();
                        ResultSet max = statement.executeQuery("SELECT COALESCE(MAX(" + column.quoted() + "), 0) + 1 FROM " + table.quoted())) {
                    max.next();
                    statement.execute("ALTER TABLE " + table.quoted() + " ALTER COLUMN " + column.quoted() + " RESTART WITH " + max.getLong(1));
                }
            }
        }
    }

    private static Reader strictUtf8(InputStream in) {
        return new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    /** Lines of a table file, each read whole into memory, so each has a bound. */
    private static final class Lines {

        private final Reader in;
        private final String entry;
        private final char[] buffer = new char[1 << 16];
        private int position;
        private int end;

        Lines(Reader in, String entry) {
            this.in = in;
            this.entry = entry;
        }

        String next() throws IOException, NotABackup {
            StringBuilder line = new StringBuilder();
            while (true) {
                if (position == end) {
                    position = 0;
                    end = Math.max(in.read(buffer), 0);
                    if (end == 0) {
                        return line.isEmpty() ? null : line.toString();
                    }
                }
                for (int i = position; i < end; i++) {
                    if (buffer[i] == '\n') {
                        line.append(buffer, position, i - position);
                        position = i + 1;
                        return line.toString();
                    }
                }
                line.append(buffer, position, end - position);
                position = end;
                if (line.length() > MAX_LINE) {
                    throw new NotABackup(entry + " has a line longer than " + MAX_LINE + " characters");
                }
            }
        }
    }

    static String firstLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse("");
    }
}
