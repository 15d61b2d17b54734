package org.palpate.curriculum.gift;

import org.palpate.curriculum.Severity;

/**
 * Something the parser could not read (ERROR: the item is left out, as Moodle would leave it out) or that Moodle
 * reads differently from what the author probably meant (WARNING: the item is kept, read the way Moodle reads it).
 */
public record GiftProblem(Severity severity, int line, String message) {
}
