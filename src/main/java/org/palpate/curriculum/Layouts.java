package org.palpate.curriculum;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

import org.palpate.UserException;

/** Shared by the answer keys: lettered options, reading typed keys back, and the matching rule for typed answers. */
public final class Layouts {

    private Layouts() {
    }

    /** Typed answers match ignoring case, spacing, punctuation and accents, as the curriculum contract promises. */
    public static String normalize(String text) {
        String noAccents = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return noAccents.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    static boolean accepts(List<String> accepted, String typed) {
        String given = normalize(typed);
        return accepted.stream().map(Layouts::normalize).anyMatch(given::equals);
    }

    static List<Option> keyed(List<String> texts, IntFunction<String> key) {
        List<Option> options = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            options.add(new Option(key.apply(i), texts.get(i)));
        }
        return List.copyOf(options);
    }

    static String letter(int index) {
        return String.valueOf((char) ('A' + index));
    }

    static List<Option> lettered(List<String> texts) {
        return keyed(texts, Layouts::letter);
    }

    static List<String> shuffled(List<String> texts, Random random) {
        List<String> copy = new ArrayList<>(texts);
        Collections.shuffle(copy, random);
        return copy;
    }

    /** An ordering or matching shown already solved would be no question at all. */
    static List<String> shuffledAwayFromOriginal(List<String> original, Random random) {
        List<String> items = shuffled(original, random);
        if (items.equals(original) && items.size() > 1) {
            Collections.rotate(items, 1);
        }
        return items;
    }

    /** The keys typed ("A,C", "a c" or "AC"), each one shown, between {@code min} and {@code max} of them. */
    static List<String> keys(String typed, List<Option> options, int min, int max, String expected) {
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

    static void requireDistinct(List<String> keys) {
        if (new LinkedHashSet<>(keys).size() != keys.size()) {
            throw new UserException("each letter may be used only once");
        }
    }

    /** Keys in reverse order, "C,B,A": an example that is never the answer of an unshuffled layout. */
    static String exampleKeys(List<Option> options) {
        List<String> keys = new ArrayList<>(options.stream().map(Option::key).toList());
        Collections.reverse(keys);
        return String.join(",", keys);
    }

    static Option option(List<Option> options, String key) {
        return options.stream().filter(o -> o.key().equals(key)).findFirst().orElseThrow();
    }

    static String keyOf(List<Option> options, String text) {
        return options.stream().filter(o -> o.text().equals(text)).map(Option::key).findFirst().orElse("?");
    }
}
