package org.palpate.curriculum;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.IntToDoubleFunction;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;

/**
 * The answer key of a question: one record per kind, each owning everything that differs between kinds — how the
 * key is read from YAML (a static {@code read} that {@link AnswerKeyReader} dispatches to by {@link QuestionType}),
 * hashed, shown in words, laid out for answering, graded, hinted, simulated, counted by the item analysis and written
 * back as YAML and GIFT. Because every method is abstract here, a new kind does not compile until it says what it
 * does for each; the README's developer section lists the few other places a kind touches.
 */
public sealed interface AnswerKey extends Serializable
        permits Choices, TrueFalse, ShortAnswers, Matching, Ordering, Cloze, Numerical {

    /** Longer than any accepted answer could be; the review log keeps answers within its column. */
    int MAX_ANSWER_LENGTH = 500;

    QuestionType type();

    /** Appends the kind's fields to the content-hash form (after type and prompt; see {@link ContentHash}). */
    void hash(ContentHash.Form form);

    /** The right answer in words, without the keys of any one layout (exam reviews, reports, {@code question show}). */
    String text();

    /** The whole key for authors ({@code question show}), one line per item. */
    List<String> keyLines();

    /** After a verdict, the solution spelled out one line per item when the keys alone are hard to read. */
    default List<String> solution() {
        return List.of();
    }

    /** Lays the question out for answering: the same question and random sequence give the same layout. */
    Presented present(Question question, Random random);

    /**
     * Grades what the learner typed ({@code typed}: stripped, not empty, at most {@link #MAX_ANSWER_LENGTH}). An answer
     * that is malformed for this layout (a key not shown, a missing item) is a {@link org.palpate.UserException},
     * refused before anything is recorded. The verdict's {@code response} is the answer as data, with no layout
     * letters in it, in the shape {@link #picks} reads back.
     */
    Graded grade(Presented shown, String typed);

    /** One line on how to type the answer to this layout. */
    String hint(Presented shown);

    /** The prompt as the learner sees it (a cloze numbers its gaps). */
    default String shownPrompt(String prompt) {
        return prompt;
    }

    /** Extra fields of {@code quiz next --format json} beyond the shared ones (a unit, the number of gaps). */
    default Map<String, Object> json() {
        return Map.of();
    }

    /** What a learner types to be right (the demo simulation and tests). */
    String rightAnswer(Presented shown);

    /** A plausible wrong answer; {@code temptation} weighs each choice by its index in the file (choices only). */
    String wrongAnswer(Presented shown, IntToDoubleFunction temptation, RandomGenerator random);

    /** Accepted typed answers, near which a typo earns one retype ({@code NearMiss}); empty for picked answers. */
    default List<String> typedAnswers() {
        return List.of();
    }

    /** Every answer text of the key, to keep other questions' near misses away from this question's terms. */
    Stream<String> terms();

    /**
     * The options whose picks the item analysis counts (choices; true and false), each with whether it is right;
     * empty when an answer is not a pick among options.
     */
    default List<Choice> options() {
        return List.of();
    }

    /** The options a recorded {@code response} picked (texts of {@link #options()}). */
    default List<String> picks(Map<String, Object> response) {
        return List.of();
    }

    /** The answer fields as plain data (strings, booleans, numbers, lists, maps), in the order they are written. */
    Map<String, Object> yaml();

    /** Why GIFT cannot carry this key, if it cannot. */
    Optional<String> giftProblem();

    /** The inside of the GIFT answer block before the general feedback: one line, or lines starting "\n\t". */
    String gift(GiftStyle style);

    /** Comment lines written above the GIFT question (without {@code //}), for what GIFT has no syntax for. */
    default List<String> giftComments() {
        return List.of();
    }

    /** The whole GIFT question text with its answer {@code block} (general feedback included): at the end by default. */
    default String giftQuestion(String prompt, String block, GiftStyle style) {
        return style.prompt(prompt) + " {" + block + "}";
    }

    /** How the GIFT writer escapes texts, handed to the keys so that they need not know the GIFT package. */
    interface GiftStyle {
        /** The question text, with the question's format marker when it needs one. */
        String prompt(String text);

        /** A text in the question's format, escaped (a leading format marker protected). */
        String text(String text);

        /** A text escaped as plain (matching right sides, which Moodle reads without a format). */
        String escape(String text);

        /** True when Moodle would read the text's start as a {@code %weight%}. */
        boolean startsLikeWeight(String text);
    }
}
