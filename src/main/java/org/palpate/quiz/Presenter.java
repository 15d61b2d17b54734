package org.palpate.quiz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.IntFunction;

import org.palpate.curriculum.Choice;
import org.palpate.curriculum.Pair;
import org.palpate.curriculum.Question;

/** Lays a question out for answering; the same question and seed always give the same layout. */
public final class Presenter {

    private Presenter() {
    }

    public static Presented present(Question question, long seed) {
        Random random = new Random(seed);
        return switch (question.type()) {
            case SINGLE, MULTIPLE -> {
                List<String> texts = new ArrayList<>(question.choices().stream().map(Choice::text).toList());
                Collections.shuffle(texts, random);
                yield new Presented(question, keyed(texts, Presenter::letter), List.of(), List.of());
            }
            case TRUE_FALSE -> new Presented(question, List.of(new Option("true", "True"), new Option("false", "False")),
                    List.of(), List.of());
            case SHORT -> new Presented(question, List.of(), List.of(), List.of());
            case MATCHING -> {
                List<String> rights = new ArrayList<>(question.pairs().stream().map(Pair::right).toList());
                shuffleAwayFromOriginal(rights, question.pairs().stream().map(Pair::right).toList(), random);
                yield new Presented(question, List.of(),
                        keyed(question.pairs().stream().map(Pair::left).toList(), i -> String.valueOf(i + 1)),
                        keyed(rights, Presenter::letter));
            }
            case ORDERING -> {
                List<String> items = new ArrayList<>(question.sequence());
                shuffleAwayFromOriginal(items, question.sequence(), random);
                yield new Presented(question, keyed(items, Presenter::letter), List.of(), List.of());
            }
        };
    }

    /** An ordering or matching shown already solved would be no question at all. */
    private static void shuffleAwayFromOriginal(List<String> items, List<String> original, Random random) {
        Collections.shuffle(items, random);
        if (items.equals(original) && items.size() > 1) {
            Collections.rotate(items, 1);
        }
    }

    private static List<Option> keyed(List<String> texts, IntFunction<String> key) {
        List<Option> options = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            options.add(new Option(key.apply(i), texts.get(i)));
        }
        return List.copyOf(options);
    }

    static String letter(int index) {
        return String.valueOf((char) ('A' + index));
    }
}
