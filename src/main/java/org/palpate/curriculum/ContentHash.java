package org.palpate.curriculum;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Version stamp of what the learner answers: type, prompt and answer key (choice texts and correctness, the
 * true/false answer, accepted answers, pairs, sequence). Explanation, feedback, sources, tags and difficulty are
 * left out on purpose: fixing a typo in an explanation must not look like a new question in the review log.
 * Texts are compared in {@link Texts#canonical} form so re-wrapping, re-indenting or re-quoting the YAML keeps
 * the hash. Every field is written as name, length and value, so no two different questions share a form.
 * <p>
 * Canonical form (one line per field, {@code name:length:value\n}, length in UTF-16 chars of the canonical
 * value): {@code type}, {@code prompt}, then per choice {@code choice+} (correct) or {@code choice-}, then
 * {@code answer}, each {@code accept}, each {@code left}/{@code right}, each {@code step}; a cloze writes each
 * {@code gap} name followed by its {@code accept}s, a numerical each {@code range} as {@code low..high} and its
 * {@code unit}. Each kind writes its part in {@link AnswerKey#hash}. The hash is the first
 * 16 hex characters of its SHA-256 (UTF-8). Changing this form changes every hash: don't, without a migration.
 */
public final class ContentHash {

    private ContentHash() {
    }

    public static String of(String prompt, AnswerKey key) {
        Form form = new Form();
        form.field("type", key.type().id());
        form.field("prompt", prompt);
        key.hash(form);
        return sha256(form.text.toString()).substring(0, 16);
    }

    /** The canonical form being built: each {@link AnswerKey} appends its own fields. */
    public static final class Form {
        private final StringBuilder text = new StringBuilder();

        Form() {
        }

        void field(String name, String value) {
            String canonical = Texts.canonical(value);
            text.append(name).append(':').append(canonical.length()).append(':').append(canonical).append('\n');
        }
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
