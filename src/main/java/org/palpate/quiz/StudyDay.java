package org.palpate.quiz;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** A study day starts at 04:00 local time, as in Anki, so that a late-night session still counts for that day. */
public final class StudyDay {

    public static final int ROLLOVER_HOUR = 4;

    private StudyDay() {
    }

    public static Instant start(Instant now, ZoneId zone) {
        ZonedDateTime shifted = now.atZone(zone).minusHours(ROLLOVER_HOUR);
        return shifted.toLocalDate().atTime(ROLLOVER_HOUR, 0).atZone(zone).toInstant();
    }

    /** The first moment of the study day {@code days} after the one containing {@code now}. */
    public static Instant startAfter(Instant now, ZoneId zone, int days) {
        ZonedDateTime shifted = now.atZone(zone).minusHours(ROLLOVER_HOUR);
        return shifted.toLocalDate().plusDays(days).atTime(ROLLOVER_HOUR, 0).atZone(zone).toInstant();
    }
}
