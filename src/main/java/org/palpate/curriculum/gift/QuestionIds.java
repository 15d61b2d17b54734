package org.palpate.curriculum.gift;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Hands out question ids for imported questions. Ids are the review log's key and are never reused, so an id
 * is never one that the curriculum already uses (nor one handed out earlier in the same import).
 * <p>
 * The question's GIFT name becomes the id when it spells one ("Effleurage 1" gives "effleurage-1"). Names that say
 * nothing outside their own file ("Q1", "12", none at all) and names already in use get the module's initials in
 * front ("tp-q1"), the way the bundled course names its questions; a number is added when that is still taken.
 */
final class QuestionIds {

    static final int MAX_LENGTH = 48;
    private static final Pattern GENERIC = Pattern.compile("(q|question)?-?[0-9]*");

    private final String prefix;
    private final Set<String> taken;

    QuestionIds(String moduleId, Collection<String> existing) {
        this.prefix = IdSpelling.initials(moduleId) + "-";
        this.taken = new HashSet<>(existing);
    }

    /** A new id from the question's name (or its Moodle ID number when it has no name), now marked as taken. */
    String next(String name, String idNumber) {
        String source = name != null && !name.isBlank() ? name : idNumber == null ? "" : idNumber;
        String base = IdSpelling.shorten(IdSpelling.slug(source), MAX_LENGTH);
        int number = 2;
        if (base.isEmpty()) {
            base = prefix + "q";
            number = 1; // "tp-q-1", "tp-q-2" ... rather than "tp-q", "tp-q-2"
        } else if (!base.startsWith(prefix) && (GENERIC.matcher(base).matches() || taken.contains(base))) {
            base = prefix + base;
        }
        String id = number == 1 ? base + "-1" : base;
        while (taken.contains(id)) {
            id = base + "-" + number++;
        }
        taken.add(id);
        return id;
    }
}
