package org.palpate.progress;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.palpate.StudyDay;
import org.palpate.UserException;
import org.palpate.scheduling.Rating;
import org.palpate.scheduling.Review;

/**
 * Reads a review log in the CSV format of py-fsrs and the FSRS benchmarks:
 * {@code card_id,review_rating,review_time,review_duration}, with ISO-8601 times that carry an offset
 * (e.g. {@code 2024-03-29T20:32:32.250000+00:00}). Columns are found by their header names; others are ignored.
 * Fields follow RFC 4180 (commons-csv): quoted fields may hold commas, doubled quotes and line breaks.
 */
public final class RevlogCsv {

    private static final List<String> REQUIRED = List.of("card_id", "review_rating", "review_time");

    private RevlogCsv() {
    }

    /** A row or header that cannot be read; the message names the line and is meant for users. */
    public static final class FormatException extends IOException {
        private final long lineNumber;

        FormatException(long lineNumber, String problem) {
            super("line " + lineNumber + ": " + problem);
            this.lineNumber = lineNumber;
        }

        public long lineNumber() {
            return lineNumber;
        }
    }

    /**
     * @param zone the learner's time zone, which decides the calendar day of each review
     * @return each card's reviews sorted by time, as calendar-day numbers (days since 1970-01-01, rolling over at
     *         04:00 in {@code zone}); cards in the order they first appear in the file
     * @throws FormatException for a missing header column or a bad row
     * @throws IOException     if the reader fails
     */
    /** A review log file, its problems as one user-facing line each (missing, unreadable, a bad row). */
    static Map<String, List<Review>> readFile(Path csv, ZoneId zone) {
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return read(reader, zone);
        } catch (NoSuchFileException e) {
            throw new UserException("no such file: " + csv);
        } catch (FormatException e) {
            throw new UserException(csv + ": " + e.getMessage());
        } catch (IOException e) {
            throw new UserException("cannot read " + csv + ": " + e.getMessage());
        }
    }

    public static Map<String, List<Review>> read(Reader csv, ZoneId zone) throws IOException {
        if (csv == null || zone == null) {
            throw new IllegalArgumentException("a reader and a time zone are required");
        }
        Map<String, List<TimedReview>> byCard = new LinkedHashMap<>();
        Header header = null;
        long lineNumber = 1; // where the next record starts: a quoted field may span lines
        // empty lines come back as one-field records and are skipped here, so that the line count stays exact
        CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();
        try (CSVParser parser = CSVParser.parse(withoutByteOrderMark(csv), format)) {
            Iterator<CSVRecord> records = parser.iterator();
            while (hasNext(records, lineNumber)) {
                CSVRecord record = records.next();
                long line = lineNumber;
                lineNumber = parser.getCurrentLineNumber() + 1;
                List<String> fields = record.toList();
                if (fields.size() == 1 && fields.get(0).isBlank()) {
                    continue;
                }
                if (header == null) {
                    header = Header.of(fields, line);
                    continue;
                }
                TimedReview review = parseRow(header, fields, line);
                byCard.computeIfAbsent(review.cardId(), id -> new ArrayList<>()).add(review);
            }
        }
        if (header == null) {
            throw new FormatException(Math.max(lineNumber - 1, 1), "the file is empty; expected a header line "
                    + "card_id,review_rating,review_time,review_duration");
        }
        Map<String, List<Review>> result = new LinkedHashMap<>();
        byCard.forEach((cardId, reviews) -> result.put(cardId, toDays(reviews, zone)));
        return result;
    }

    /** The calendar day of {@code time} in {@code zone}, with the day starting at 04:00 local time. */
    public static long dayNumber(Instant time, ZoneId zone) {
        return StudyDay.of(time, zone).toEpochDay();
    }

    private static List<Review> toDays(List<TimedReview> reviews, ZoneId zone) {
        List<TimedReview> sorted = new ArrayList<>(reviews);
        sorted.sort(Comparator.comparing(TimedReview::time)); // stable: equal times keep file order
        List<Review> days = new ArrayList<>(sorted.size());
        for (TimedReview review : sorted) {
            days.add(new Review(dayNumber(review.time(), zone), review.rating()));
        }
        return List.copyOf(days);
    }

    private static TimedReview parseRow(Header header, List<String> fields, long lineNumber)
            throws FormatException {
        if (fields.size() < header.width()) {
            throw new FormatException(lineNumber, "expected " + header.width() + " fields, found " + fields.size());
        }
        String cardId = fields.get(header.cardId()).trim();
        if (cardId.isEmpty()) {
            throw new FormatException(lineNumber, "card_id is empty");
        }
        Rating rating = parseRating(fields.get(header.rating()).trim(), lineNumber);
        Instant time = parseTime(fields.get(header.time()).trim(), lineNumber);
        if (header.duration() >= 0) {
            checkDuration(fields.get(header.duration()).trim(), lineNumber);
        }
        return new TimedReview(cardId, rating, time);
    }

    private static Rating parseRating(String text, long lineNumber) throws FormatException {
        try {
            return Rating.ofGrade(Integer.parseInt(text));
        } catch (IllegalArgumentException e) { // NumberFormatException is one too
            throw new FormatException(lineNumber,
                    "review_rating must be 1 (again), 2 (hard), 3 (good) or 4 (easy), was \"" + text + "\"");
        }
    }

    private static Instant parseTime(String text, long lineNumber) throws FormatException {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new FormatException(lineNumber, "review_time must be an ISO-8601 time with an offset, like "
                    + "2024-03-29T20:32:32.250000+00:00, was \"" + text + "\"");
        }
    }

    private static void checkDuration(String text, long lineNumber) throws FormatException {
        if (text.isEmpty()) {
            return; // the duration is optional information; the scheduler does not use it
        }
        try {
            if (Long.parseLong(text) >= 0) {
                return;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new FormatException(lineNumber,
                "review_duration must be a whole number of milliseconds, was \"" + text + "\"");
    }

    /** commons-csv reports a quote left open at the end of the file as an unchecked I/O error. */
    private static boolean hasNext(Iterator<CSVRecord> records, long lineNumber) throws FormatException {
        try {
            return records.hasNext();
        } catch (UncheckedIOException e) {
            throw new FormatException(lineNumber, "a quoted field is not closed");
        }
    }

    private static Reader withoutByteOrderMark(Reader csv) throws IOException {
        PushbackReader reader = new PushbackReader(csv, 1);
        int first = reader.read();
        if (first >= 0 && first != '\uFEFF') {
            reader.unread(first);
        }
        return reader;
    }

    private record TimedReview(String cardId, Rating rating, Instant time) {
    }

    /** Column positions; duration is -1 when the file has no review_duration column. */
    private record Header(int cardId, int rating, int time, int duration, int width) {
        static Header of(List<String> names, long lineNumber) throws FormatException {
            List<String> trimmed = names.stream().map(String::trim).toList();
            List<String> missing = REQUIRED.stream().filter(name -> !trimmed.contains(name)).toList();
            if (!missing.isEmpty()) {
                throw new FormatException(lineNumber, "the header lacks " + String.join(", ", missing)
                        + "; expected card_id,review_rating,review_time,review_duration, found " + String.join(",", trimmed));
            }
            int duration = trimmed.indexOf("review_duration");
            int cardId = trimmed.indexOf("card_id");
            int rating = trimmed.indexOf("review_rating");
            int time = trimmed.indexOf("review_time");
            int width = 1 + Math.max(Math.max(cardId, rating), Math.max(time, duration));
            return new Header(cardId, rating, time, duration, width);
        }
    }
}
