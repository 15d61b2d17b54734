package org.palpate.curriculum;

import java.util.Locale;
import java.util.Set;

/**
 * Text an author has not written yet: a {@code TODO} (the GIFT importer writes one for a question without general
 * feedback) or the stand-ins that {@code module new} writes. {@code validate} warns about each one, and a question
 * whose prompt, explanation or a source is still a placeholder is a draft: students never see it (instructors do, in
 * {@code question show}), so "Why: TODO..." never reaches a learner.
 */
public final class Placeholders {

    static final String SOURCE = "Author A. Title of the book or article, edition (year)";
    static final String EXPLANATION = "Why the right answer is right, and why the tempting one is wrong.";
    static final String LESSON = "Write the lesson here in Markdown";
    private static final Set<String> STAND_INS = Set.of(SOURCE, EXPLANATION);

    private Placeholders() {
    }

    public static boolean is(String text) {
        String t = text == null ? "" : text.strip();
        return t.toUpperCase(Locale.ROOT).startsWith("TODO") || STAND_INS.contains(t) || t.startsWith(ModuleScaffold.EXAMPLE_PROMPT)
                || t.startsWith(LESSON);
    }

    /** A question still being written: never shown to students. */
    public static boolean draft(Question q) {
        return is(q.prompt()) || is(q.explanation()) || q.sources().stream().anyMatch(Placeholders::is);
    }
}
