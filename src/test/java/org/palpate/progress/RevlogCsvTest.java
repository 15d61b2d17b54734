package org.palpate.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.palpate.scheduling.Rating;
import org.palpate.scheduling.Review;

class RevlogCsvTest {
    private static final String HEADER = "card_id,review_rating,review_time,review_duration\n";

    private static Map<String, List<Review>> read(String csv, ZoneId zone) throws IOException {
        return RevlogCsv.read(new StringReader(csv), zone);
    }

    private static long day(String isoDate) {
        return LocalDate.parse(isoDate).toEpochDay();
    }

    @Test
    void groupsByCardSortsByTimeAndKeepsCardsInFileOrder() throws IOException {
        Map<String, List<Review>> cards = read(HEADER
                + "b,3,2024-03-30T10:00:00+00:00,100\n"
                + "a,1,2024-03-29T20:32:32.250000+00:00,25060\n"
                + "b,1,2024-03-29T10:00:00Z,100\n", ZoneOffset.UTC);
        assertThat(cards.keySet()).containsExactly("b", "a");
        assertThat(cards.get("b")).containsExactly(
                new Review(day("2024-03-29"), Rating.AGAIN), new Review(day("2024-03-30"), Rating.GOOD));
        assertThat(cards.get("a")).containsExactly(new Review(day("2024-03-29"), Rating.AGAIN));
    }

    @Test
    void theDayRollsOverAtFourInTheMorningLocalTime() throws IOException {
        Map<String, List<Review>> cards = read(HEADER
                + "c,3,2024-06-10T03:59:59+00:00,1\n"
                + "c,3,2024-06-10T04:00:00+00:00,1\n"
                + "c,3,2024-06-10T19:30:00+00:00,1\n", ZoneId.of("Asia/Shanghai"));
        // in Shanghai (UTC+8) these are 11:59, 12:00 and 03:30 the next morning: all one study day
        assertThat(cards.get("c")).extracting(Review::day).containsOnly(day("2024-06-10"));

        Map<String, List<Review>> utc = read(HEADER
                + "c,3,2024-06-10T03:59:59+00:00,1\n"
                + "c,3,2024-06-10T04:00:00+00:00,1\n", ZoneOffset.UTC);
        assertThat(utc.get("c")).extracting(Review::day).containsExactly(day("2024-06-09"), day("2024-06-10"));
    }

    @Test
    void fourInTheMorningIsLocalWallClockAcrossDaylightSaving() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        // 2024-03-31 is the spring-forward day in Berlin: 03:59 CEST is still the previous study day
        assertThat(RevlogCsv.dayNumber(Instant.parse("2024-03-31T01:59:00Z"), berlin)).isEqualTo(day("2024-03-30"));
        assertThat(RevlogCsv.dayNumber(Instant.parse("2024-03-31T02:00:00Z"), berlin)).isEqualTo(day("2024-03-31"));
    }

    @Test
    void toleratesBomCrlfBlankLinesQuotesAndExtraColumns() throws IOException {
        Map<String, List<Review>> cards = read("\uFEFFreview_time,card_id,note,review_rating\r\n"
                + "\r\n"
                + "2024-03-29T20:32:32+00:00,\"x,1\",\"said \"\"hi\"\"\",4\r\n", ZoneOffset.UTC);
        assertThat(cards.get("x,1")).containsExactly(new Review(day("2024-03-29"), Rating.EASY));
    }

    @Test
    void badRowsNameTheLineAndTheProblem() {
        assertProblem(HEADER + "a,3,2024-03-29T20:32:32+00:00,1\na,5,2024-03-29T20:32:32+00:00,1\n",
                "line 3: review_rating must be 1 (again), 2 (hard), 3 (good) or 4 (easy), was \"5\"");
        assertProblem(HEADER + "a,good,2024-03-29T20:32:32+00:00,1\n", "line 2: review_rating");
        assertProblem(HEADER + "a,3,2024-03-29 20:32,1\n",
                "line 2: review_time must be an ISO-8601 time with an offset");
        assertProblem(HEADER + "a,3,2024-03-29T20:32:32,1\n", "line 2: review_time");
        assertProblem(HEADER + ",3,2024-03-29T20:32:32+00:00,1\n", "line 2: card_id is empty");
        assertProblem(HEADER + "a,3\n", "line 2: expected 4 fields, found 2");
        assertProblem(HEADER + "a,3,2024-03-29T20:32:32+00:00,-4\n", "line 2: review_duration");
        assertProblem(HEADER + "\"a,3,2024-03-29T20:32:32+00:00,1\n", "line 2: a quoted field is not closed");
        assertProblem("id,rating,time\n", "line 1: the header lacks card_id, review_rating, review_time");
        assertProblem("", "line 1: the file is empty");
    }

    @Test
    void theDurationColumnIsOptional() throws IOException {
        Map<String, List<Review>> cards = read("card_id,review_rating,review_time\na,2,2024-03-29T20:32:32Z\n",
                ZoneOffset.UTC);
        assertThat(cards.get("a")).hasSize(1);
    }

    @Test
    void readsTheSharedLog() throws IOException {
        Map<String, List<Review>> cards = RevlogEvaluationTest.sharedLog(ZoneOffset.UTC);
        assertThat(cards).hasSize(1205);
        List<Review> all = cards.values().stream().flatMap(List::stream).toList();
        assertThat(all).hasSize(12580);
        assertThat(all.stream().filter(r -> r.rating() == Rating.AGAIN)).hasSize(3676);
        assertThat(all.stream().filter(r -> r.rating() == Rating.HARD)).hasSize(1);
        assertThat(all.stream().filter(r -> r.rating() == Rating.GOOD)).hasSize(8903);
        assertThat(all.stream().filter(r -> r.rating() == Rating.EASY)).isEmpty();
    }

    @Test
    void aQuotedFieldMaySpanLinesAndLaterLinesAreStillCountedRight() throws IOException {
        String csv = HEADER + "\"card\r\nwith \"\"breaks\"\"\nand more\",3,2024-03-29T20:32:32+00:00,1\n"
                + "b,2,2024-03-29T21:00:00+00:00,1\n";
        assertThat(read(csv, ZoneOffset.UTC).keySet()).containsExactly("card\r\nwith \"breaks\"\nand more", "b");
        assertProblem(csv + "b,9,2024-03-29T21:00:00+00:00,1\n", "line 6: review_rating"); // the record on lines 2-4, then b on 5
    }

    private static void assertProblem(String csv, String message) {
        assertThatThrownBy(() -> read(csv, ZoneOffset.UTC))
                .isInstanceOf(RevlogCsv.FormatException.class)
                .hasMessageStartingWith(message.substring(0, message.indexOf(':') + 1))
                .hasMessageContaining(message);
    }
}
