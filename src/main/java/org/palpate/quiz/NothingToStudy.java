package org.palpate.quiz;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;

import org.palpate.StudyDay;
import org.palpate.UserException;
import org.palpate.scheduling.CardState;

/**
 * Nothing is due now. Not a failure for {@code study}, which says it and exits 0, but the reason a daily quiz
 * cannot start; the message says when the next question comes back (learning steps often fall later today).
 */
public final class NothingToStudy extends UserException {

    private NothingToStudy(String message) {
        super(message);
    }

    static NothingToStudy of(Collection<CardState> cards, Instant now, ZoneId zone) {
        Instant dayEnd = StudyDay.startAfter(now, zone, 1);
        List<Instant> later = cards.stream().map(CardState::due).filter(d -> d.isAfter(now) && d.isBefore(dayEnd)).sorted().toList();
        String when = later.isEmpty() ? "no review is due and today's new questions are done"
                : later.size() + (later.size() == 1 ? " comes" : " come") + " back later today, the next at "
                        + DateTimeFormatter.ofPattern("HH:mm").format(later.get(0).atZone(zone));
        return new NothingToStudy("nothing to study now: " + when + "; come back then, or practise with 'quiz start --module M'");
    }
}
