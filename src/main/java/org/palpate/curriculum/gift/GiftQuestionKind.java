package org.palpate.curriculum.gift;

/** What Moodle would make of a GIFT question, decided by the same rules as Moodle's own importer. */
public enum GiftQuestionKind {
    /** No answer block at all: text shown between questions. */
    DESCRIPTION,
    /** An empty answer block {@code {}}. */
    ESSAY,
    /** An answer block starting with {@code #}. */
    NUMERICAL,
    /** An answer block with a {@code ~}: one right answer ({@code =}) or weighted answers ({@code ~%50%}). */
    MULTIPLE_CHOICE,
    /** {@code {T}}, {@code {F}}, {@code {TRUE}} or {@code {FALSE}}, optionally with feedback. */
    TRUE_FALSE,
    /** Accepted answers {@code {=a =b}}. */
    SHORT_ANSWER,
    /** Pairs {@code {=left -> right ...}}. */
    MATCHING
}
