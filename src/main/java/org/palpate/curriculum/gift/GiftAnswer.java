package org.palpate.curriculum.gift;

/**
 * One answer of a multiple-choice or short-answer question.
 *
 * @param weight   credit in percent: 100 for {@code =}, the written {@code %n%} weight, else 0 (multiple choice) or
 *                 100 (short answer)
 * @param marked   written with {@code =} (in a multiple-choice question this makes Moodle use one-answer mode)
 * @param feedback the text after {@code #}, or null when there is none
 * @param line     1-based line where the answer starts
 */
public record GiftAnswer(GiftText text, double weight, boolean marked, GiftText feedback, int line) {
}
