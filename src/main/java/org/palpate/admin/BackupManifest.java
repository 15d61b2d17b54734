package org.palpate.admin;

import java.util.List;

/**
 * The first thing a backup says about itself (its {@code manifest.json}): which schema version its rows follow and
 * how many rows each table file holds, so that a truncated or tampered file is caught before it replaces anything.
 */
record BackupManifest(String format, int formatVersion, String schemaVersion, String createdAt, List<TableEntry> tables) {

    static final String FORMAT = "palpate-backup";
    static final int FORMAT_VERSION = 1;
    static final String ENTRY = "manifest.json";

    record TableEntry(String name, List<String> columns, long rows) {
    }

    static String entryOf(String table) {
        return "tables/" + table + ".jsonl";
    }
}
