package org.palpate.quiz;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * A study day starts at 04:00 local wall-clock time, as in Anki, so that a late-night session still counts for
 * the day before (and a daylight-saving change does not move the boundary).
 */
public final class StudyDay {

    public static final LocalTime ROLLOVER = LocalTime.of(4, 0);

    private StudyDay() {
    }

    public static LocalDate of(Instant instant, ZoneId zone) {
        ZonedDateTime local = instant.atZone(zone);
        return local.toLocalTime().isBefore(ROLLOVER) ? local.toLocalDate().minusDays(1) : local.toLocalDate();
    }

    public static Instant start(Instant now, ZoneId zone) {
        return startAfter(now, zone, 0);
    }

    /** The first moment of the study day {@code days} after the one containing {@code now}. */
    public static Instant startAfter(Instant now, ZoneId zone, int days) {
        return of(now, zone).plusDays(days).atTime(ROLLOVER).atZone(zone).toInstant();
    }
}
