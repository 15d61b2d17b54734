package org.palpate.curriculum;

/**
 * The names of a curriculum folder's files, in one place (the README's "Authoring" section and the JSON Schemas in
 * {@code schemas/} describe them): {@code program.yaml}, {@code safety-rules.yaml} and {@code mblex.yaml} at the top, and one folder per
 * module with {@code module.yaml}, {@code questions.yaml} and {@code lessons/*.md}.
 */
public final class CurriculumFiles {

    public static final String PROGRAM = "program.yaml";
    public static final String SAFETY_RULES = "safety-rules.yaml";
    public static final String MBLEX = "mblex.yaml";
    public static final String MODULE = "module.yaml";
    public static final String QUESTIONS = "questions.yaml";
    public static final String LESSONS = "lessons";

    private CurriculumFiles() {
    }
}
