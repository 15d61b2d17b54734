package org.palpate.curriculum.gift;

import java.util.List;

/**
 * A module as GIFT text.
 *
 * @param text        the GIFT file's content (UTF-8 when written, as Moodle expects)
 * @param exportedIds the questions in the text, in the order written
 * @param skipped     questions GIFT cannot express, each with the reason
 */
public record GiftExport(String text, List<String> exportedIds, List<Skipped> skipped) {

    public GiftExport {
        exportedIds = List.copyOf(exportedIds);
        skipped = List.copyOf(skipped);
    }

    /** A question left out of the export. */
    public record Skipped(String id, String reason) {

        @Override
        public String toString() {
            return id + ": " + reason;
        }
    }
}
