package org.palpate.admin;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

import javax.sql.DataSource;

import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Whether a database already has exactly the migrations on the class path, told by one query on Flyway's history
 * table: then there is nothing to migrate and Flyway (some 900 classes, a fifth of a one-shot command's start-up) is
 * not started. Every doubt (no history table, another version or checksum, a failed or pending migration, an error)
 * answers "no", and Flyway migrates and validates as before.
 */
final class CurrentSchema {

    private static final Pattern VERSIONED = Pattern.compile("V([0-9][0-9_.]*)__.*\\.sql");

    private CurrentSchema() {
    }

    static boolean isCurrent(DataSource dataSource, String location) {
        return isCurrent(dataSource, location, List.of());
    }

    /**
     * {@code java}: the Java migrations Flyway is given beside the files (Spring beans); Flyway records them with the
     * checksum they declare, none for {@code BaseJavaMigration}, read back here as 0.
     */
    static boolean isCurrent(DataSource dataSource, String location, List<JavaMigration> java) {
        try {
            Map<String, Integer> expected = migrations(location);
            if (expected.isEmpty()) {
                return false;
            }
            for (JavaMigration migration : java) {
                if (migration.getVersion() == null) {
                    return false; // a repeatable migration: Flyway decides
                }
                expected.put(normalised(migration.getVersion().getVersion()), migration.getChecksum() == null ? 0 : migration.getChecksum());
            }
            return expected.equals(applied(dataSource));
        } catch (IOException | SQLException | RuntimeException e) {
            return false;
        }
    }

    /** Version to checksum of each versioned migration file, computed as Flyway does (CRC32 of the lines). */
    static Map<String, Integer> migrations(String location) throws IOException {
        Map<String, Integer> found = new HashMap<>();
        String folder = location.endsWith("/") ? location : location + "/";
        for (Resource file : new PathMatchingResourcePatternResolver().getResources(folder + "*.sql")) {
            Matcher name = VERSIONED.matcher(file.getFilename() == null ? "" : file.getFilename());
            if (name.matches()) {
                found.put(normalised(name.group(1).replace('_', '.')), checksum(file));
            }
        }
        return found;
    }

    private static Map<String, Integer> applied(DataSource dataSource) throws SQLException {
        Map<String, Integer> applied = new HashMap<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT \"version\", \"checksum\", \"success\" FROM \"flyway_schema_history\"")) {
            while (rows.next()) {
                String version = rows.getString(1);
                if (!rows.getBoolean(3)) {
                    return Map.of(); // a failed migration: Flyway says what to do
                }
                if (version != null) {
                    applied.put(normalised(version), rows.getInt(2));
                }
            }
        }
        return applied;
    }

    /** "1.0" and "1" are the same version to Flyway. */
    private static String normalised(String version) {
        return version.replaceAll("(\\.0+)+$", "");
    }

    private static int checksum(Resource file) throws IOException {
        CRC32 crc = new CRC32();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8))) {
            String line = reader.readLine();
            if (line != null && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            for (; line != null; line = reader.readLine()) {
                crc.update(line.getBytes(StandardCharsets.UTF_8));
            }
        }
        return (int) crc.getValue();
    }
}
