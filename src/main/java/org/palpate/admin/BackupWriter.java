package org.palpate.admin;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.palpate.AtomicFiles;
import org.palpate.admin.BackupManifest.TableEntry;
import org.palpate.admin.TableSchema.Table;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/**
 * Writes Palpate's backup format: a zip of one JSON-lines file per table (one JSON array per row, in the
 * manifest's column order) and a manifest. Rows are read in one snapshot transaction, so that the tables agree
 * with each other even while other shells keep answering.
 */
final class BackupWriter {

    private final JsonMapper json;

    BackupWriter(JsonMapper json) {
        this.json = json;
    }

    /** Writes the backup under a temporary name and gives it {@code target}'s name only once it is whole. */
    void write(Connection connection, String schemaVersion, Instant now, Path target) throws IOException, SQLException {
        Path partial = AtomicFiles.temporaryBeside(target);
        try {
            try (OutputStream file = Files.newOutputStream(partial); ZipOutputStream zip = new ZipOutputStream(file)) {
                BackupManifest manifest = writeTables(connection, schemaVersion, now, zip);
                zip.putNextEntry(new ZipEntry(BackupManifest.ENTRY));
                zip.write(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
                zip.closeEntry();
            }
            AtomicFiles.publishNew(partial, target);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private BackupManifest writeTables(Connection connection, String schemaVersion, Instant now, ZipOutputStream zip)
            throws IOException, SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL SNAPSHOT");
            List<TableEntry> entries = new ArrayList<>();
            for (Table table : TableSchema.of(connection).tables()) {
                zip.putNextEntry(new ZipEntry(BackupManifest.entryOf(table.name())));
                long rows = writeRows(statement, table, new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8)));
                zip.closeEntry();
                entries.add(new TableEntry(table.name(), table.columnNames(), rows));
            }
            connection.commit();
            return new BackupManifest(BackupManifest.FORMAT, BackupManifest.FORMAT_VERSION, schemaVersion, now.toString(), entries);
        } finally {
            connection.rollback();
            try (Statement reset = connection.createStatement()) {
                reset.execute("SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL READ COMMITTED");
            }
            connection.setAutoCommit(autoCommit);
        }
    }

    private long writeRows(Statement statement, Table table, BufferedWriter out) throws IOException, SQLException {
        long rows = 0;
        try (ResultSet row = statement.executeQuery("SELECT " + TableSchema.columnList(table) + " FROM " + table.quoted())) {
            while (row.next()) {
                ArrayNode values = json.createArrayNode();
                for (int i = 0; i < table.columns().size(); i++) {
                    ColumnValues.write(row, i + 1, table.columns().get(i), values);
                }
                out.write(json.writeValueAsString(values));
                out.write('\n');
                rows++;
            }
        }
        out.flush(); // not close: that would close the zip
        return rows;
    }
}
