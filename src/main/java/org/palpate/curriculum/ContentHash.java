package org.palpate.curriculum;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Version stamp of what the learner answers: type, prompt and answer key (choice texts and correctness, the
 * true/false answer, accepted answers, pairs, sequence). Explanation, feedback, sources, tags and difficulty are
 * left out on purpose: fixing a typo in an explanation must not look like a new question in the review log.
 * Texts are compared in {@link Texts#canonical} form so re-wrapping, re-indenting or re-quoting the YAML keeps
 * the hash. Every field is written as name, length and value, so no two different questions share a form.
 * <p>
 * Canonical form (one line per field, {@code name:length:value\n}, length in UTF-16 chars of the canonical
 * value): {@code type}, {@code prompt}, then per choice {@code choice+} (correct) or {@code choice-}, then
 * {@code answer}, each {@code accept}, each {@code left}/{@code right}, each {@code step}. The hash is the first
 * 16 hex characters of its SHA-256 (UTF-8). Changing this form changes every hash: don't, without a migration.
 */
public final class ContentHash {

    private ContentHash() {
    }

    public static String of(QuestionType type, String prompt, List<Choice> choices, Boolean answer, List<String> answers,
                      List<Pair> pairs, List<String> sequence) {
        StringBuilder form = new StringBuilder();
        field(form, "type", type.id());
        field(form, "prompt", prompt);
        for (Choice choice : choices) {
            field(form, choice.correct() ? "choice+" : "choice-", choice.text());
        }
        if (answer != null) {
            field(form, "answer", answer.toString());
        }
        answers.forEach(a -> field(form, "accept", a));
        for (Pair pair : pairs) {
            field(form, "left", pair.left());
            field(form, "right", pair.right());
        }
        sequence.forEach(s -> field(form, "step", s));
        return sha256(form.toString()).substring(0, 16);
    }

    private static void field(StringBuilder form, String name, String value) {
        String text = Texts.canonical(value);
        form.append(name).append(':').append(text.length()).append(':').append(text).append('\n');
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
