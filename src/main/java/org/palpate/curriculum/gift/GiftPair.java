package org.palpate.curriculum.gift;

/**
 * One line {@code =left -> right} of a matching question. Moodle reads the right side as plain text (no format
 * prefix); an empty left side is Moodle's way to add an extra wrong right side.
 */
public record GiftPair(GiftText left, String right, int line) {
}
