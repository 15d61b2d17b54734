package org.palpate;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * A study day starts at 04:00 local wall-clock time, as in Anki, so that a late-night session still counts for
 * the day before (and a daylight-saving change does not move the boundary).
 * Every day boundary in Palpate (study, reports, exam dates, the demo, review-log files) is computed here.
 */
public final class StudyDay {

    public static final LocalTime ROLLOVER = LocalTime.of(4, 0);

    private StudyDay() {
    }

    public static LocalDate of(Instant instant, ZoneId zone) {
        ZonedDateTime local = instant.atZone(zone);
        return local.toLocalTime().isBefore(ROLLOVER) ? local.toLocalDate().minusDays(1) : local.toLocalDate();
    }

    /** Today's study day by {@code clock}, in its zone. */
    public static LocalDate today(Clock clock) {
        return of(clock.instant(), clock.getZone());
    }

    /** The first moment of study day {@code day}: 04:00 that date. */
    public static Instant startOf(LocalDate day, ZoneId zone) {
        return day.atTime(ROLLOVER).atZone(zone).toInstant();
    }

    public static Instant start(Instant now, ZoneId zone) {
        return startAfter(now, zone, 0);
    }

    /** The first moment of the study day {@code days} after the one containing {@code now}. */
    public static Instant startAfter(Instant now, ZoneId zone, int days) {
        return startOf(of(now, zone).plusDays(days), zone);
    }
}
