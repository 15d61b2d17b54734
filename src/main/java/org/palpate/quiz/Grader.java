package org.palpate.quiz;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.palpate.UserException;
import org.palpate.curriculum.Choice;
import org.palpate.curriculum.Pair;
import org.palpate.curriculum.Question;

/**
 * Grades an answer typed against a {@link Presented} layout. A malformed answer (a key that is not shown, a missing
 * item) is a {@link UserException}: it is refused before anything is recorded, so a typo never costs a review.
 */
public final class Grader {

    /** Longer than any accepted answer could be; the review log keeps answers as data, within its column. */
    static final int MAX_ANSWER_LENGTH = 500;

    private Grader() {
    }

    public static Graded grade(Presented shown, String answer) {
        String typed = answer == null ? "" : answer.strip();
        if (typed.isEmpty()) {
            throw new UserException("the answer is empty");
        }
        if (typed.length() > MAX_ANSWER_LENGTH) {
            throw new UserException("the answer is longer than " + MAX_ANSWER_LENGTH + " characters");
        }
        Question q = shown.question();
        return switch (q.type()) {
            case SINGLE -> single(shown, typed);
            case MULTIPLE -> multiple(shown, typed);
            case TRUE_FALSE -> trueFalse(q, typed);
            case SHORT -> shortAnswer(q, typed);
            case MATCHING -> matching(shown, typed);
            case ORDERING -> ordering(shown, typed);
        };
    }

    private static Graded single(Presented shown, String typed) {
        List<String> keys = keys(typed, shown.choices(), 1, 1, "one letter, e.g. B");
        Option picked = option(shown.choices(), keys.get(0));
        Choice choice = choice(shown.question(), picked.text());
        return new Graded(choice.correct(), picked.key() + ") " + picked.text(), correctChoices(shown),
                choice.correct() ? null : choice.feedback());
    }

    private static Graded multiple(Presented shown, String typed) {
        List<String> keys = keys(typed, shown.choices(), 1, shown.choices().size(), "letters, e.g. A,C");
        Set<String> picked = new LinkedHashSet<>(keys);
        Set<String> right = shown.choices().stream().filter(o -> choice(shown.question(), o.text()).correct())
                .map(Option::key).collect(Collectors.toCollection(LinkedHashSet::new));
        String feedback = picked.stream().map(k -> choice(shown.question(), option(shown.choices(), k).text()))
                .filter(c -> !c.correct() && c.feedback() != null).map(Choice::feedback).findFirst().orElse(null);
        // recorded as "A) text; C) text": item analysis counts the choices picked from it
        String given = picked.stream().sorted().map(k -> k + ") " + option(shown.choices(), k).text())
                .collect(Collectors.joining("; "));
        return new Graded(picked.equals(right), given, correctChoices(shown), picked.equals(right) ? null : feedback);
    }

    private static Graded trueFalse(Question q, String typed) {
        Boolean given = switch (typed.toLowerCase(Locale.ROOT)) {
            case "true", "t", "yes", "y" -> Boolean.TRUE;
            case "false", "f", "no", "n" -> Boolean.FALSE;
            default -> throw new UserException("answer true or false");
        };
        return new Graded(given.equals(q.answer()), given.toString(), q.answer().toString(), null);
    }

    private static Graded shortAnswer(Question q, String typed) {
        String given = normalize(typed);
        boolean correct = q.answers().stream().map(Grader::normalize).anyMatch(given::equals);
        return new Graded(correct, typed, String.join(" / ", q.answers()), null);
    }

    private static Graded matching(Presented shown, String typed) {
        int n = shown.left().size();
        List<String> keys = keys(typed, shown.right(), n, n,
                n + " letters, one for each numbered item in order, e.g. " + exampleKeys(shown.right()));
        requireDistinct(keys);
        Map<String, String> rightOf = shown.question().pairs().stream().collect(Collectors.toMap(Pair::left, Pair::right));
        boolean correct = true;
        List<String> given = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Option left = shown.left().get(i);
            Option right = option(shown.right(), keys.get(i));
            correct &= rightOf.get(left.text()).equals(right.text());
            given.add(left.text() + " = " + right.text());
        }
        String expected = shown.left().stream().map(l -> l.key() + "-" + keyOf(shown.right(), rightOf.get(l.text())))
                .collect(Collectors.joining(", "));
        // the review log keeps the pairing in words: keys mean nothing outside this one layout
        return new Graded(correct, String.join("; ", given), expected, null);
    }

    private static Graded ordering(Presented shown, String typed) {
        int n = shown.choices().size();
        List<String> keys = keys(typed, shown.choices(), n, n,
                "all " + n + " letters in order, e.g. " + exampleKeys(shown.choices()));
        requireDistinct(keys);
        List<String> givenTexts = keys.stream().map(k -> option(shown.choices(), k).text()).toList();
        String expected = shown.question().sequence().stream().map(t -> keyOf(shown.choices(), t))
                .collect(Collectors.joining(","));
        return new Graded(givenTexts.equals(shown.question().sequence()), String.join(" -> ", givenTexts), expected, null);
    }

    /** Matching ignores case, spacing, punctuation and accents, as the curriculum contract promises. */
    public static String normalize(String text) {
        String noAccents = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return noAccents.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static List<String> keys(String typed, List<Option> options, int min, int max, String expected) {
        String upper = typed.toUpperCase(Locale.ROOT);
        List<String> keys = upper.matches("[A-Z]+") && upper.length() > 1 && options.size() > 1
                ? upper.chars().mapToObj(c -> String.valueOf((char) c)).toList()
                : Arrays.stream(upper.split("[,;\\s]+")).filter(s -> !s.isEmpty()).toList();
        Set<String> shownKeys = options.stream().map(Option::key).collect(Collectors.toSet());
        List<String> unknown = keys.stream().filter(k -> !shownKeys.contains(k)).toList();
        if (!unknown.isEmpty() || keys.size() < min || keys.size() > max) {
            String valid = options.stream().map(Option::key).collect(Collectors.joining(", "));
            throw new UserException("answer with " + expected + " (the keys shown are " + valid + ")");
        }
        return keys;
    }

    private static void requireDistinct(List<String> keys) {
        if (new LinkedHashSet<>(keys).size() != keys.size()) {
            throw new UserException("each letter may be used only once");
        }
    }

    private static String exampleKeys(List<Option> options) {
        List<String> keys = new ArrayList<>(options.stream().map(Option::key).toList());
        Collections.reverse(keys);
        return String.join(",", keys);
    }

    private static Option option(List<Option> options, String key) {
        return options.stream().filter(o -> o.key().equals(key)).findFirst().orElseThrow();
    }

    private static String keyOf(List<Option> options, String text) {
        return options.stream().filter(o -> o.text().equals(text)).map(Option::key).findFirst().orElse("?");
    }

    private static Choice choice(Question q, String text) {
        return q.choices().stream().filter(c -> c.text().equals(text)).findFirst().orElseThrow();
    }

    private static String correctChoices(Presented shown) {
        return shown.choices().stream().filter(o -> choice(shown.question(), o.text()).correct())
                .map(o -> o.key() + ") " + o.text()).collect(Collectors.joining("; "));
    }

}
