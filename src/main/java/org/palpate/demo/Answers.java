package org.palpate.demo;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.palpate.curriculum.Choice;
import org.palpate.curriculum.Pair;
import org.palpate.curriculum.Question;
import org.palpate.demo.DemoSeeder.ItemProfile;
import org.palpate.quiz.Option;
import org.palpate.quiz.Presented;

/** What a simulated learner types: the keys of the right answer, or a wrong one drawn the way people err. */
final class Answers {

    private Answers() {
    }

    static String right(Presented shown) {
        Question q = shown.question();
        return switch (q.type()) {
            case SINGLE, MULTIPLE -> String.join(",", shown.choices().stream().filter(o -> choice(q, o).correct()).map(Option::key).toList());
            case TRUE_FALSE -> q.answer().toString();
            case SHORT -> q.answers().get(0);
            case MATCHING -> String.join(",", shown.left().stream().map(l -> keyOf(shown.right(),
                    q.pairs().stream().filter(p -> p.left().equals(l.text())).map(Pair::right).findFirst().orElseThrow())).toList());
            case ORDERING -> String.join(",", q.sequence().stream().map(item -> keyOf(shown.choices(), item)).toList());
        };
    }

    static String wrong(Presented shown, ItemProfile item, SplittableRandom random) {
        Question q = shown.question();
        return switch (q.type()) {
            case SINGLE -> distractor(shown, item, random).map(Option::key).orElse(right(shown));
            case MULTIPLE -> {
                Set<String> keys = new LinkedHashSet<>(List.of(right(shown).split(",")));
                var extra = distractor(shown, item, random);
                if (extra.isPresent() && (keys.size() == 1 || random.nextBoolean())) {
                    keys.add(extra.get().key());
                } else if (keys.size() > 1) {
                    keys.remove(keys.iterator().next());
                }
                yield String.join(",", keys);
            }
            case TRUE_FALSE -> String.valueOf(!q.answer());
            case SHORT -> "not sure";
            case MATCHING, ORDERING -> {
                List<String> keys = new ArrayList<>(List.of(right(shown).split(",")));
                if (keys.size() > 1) {
                    String first = keys.get(0);
                    keys.set(0, keys.get(1));
                    keys.set(1, first);
                }
                yield String.join(",", keys);
            }
        };
    }

    /** A wrong choice, more tempting ones more often; choices weighted 0 are never picked (unless all are). */
    private static java.util.Optional<Option> distractor(Presented shown, ItemProfile item, SplittableRandom random) {
        Question q = shown.question();
        List<Option> wrong = shown.choices().stream().filter(o -> !choice(q, o).correct()).toList();
        if (wrong.isEmpty()) {
            return java.util.Optional.empty();
        }
        double[] weights = wrong.stream().mapToDouble(o -> item.choiceWeights()[q.choices().indexOf(choice(q, o))]).toArray();
        double total = java.util.Arrays.stream(weights).sum();
        if (total <= 0) {
            return java.util.Optional.of(wrong.get(random.nextInt(wrong.size())));
        }
        double u = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            u -= weights[i];
            if (u < 0 && weights[i] > 0) {
                return java.util.Optional.of(wrong.get(i));
            }
        }
        for (int i = weights.length - 1; i >= 0; i--) {
            if (weights[i] > 0) {
                return java.util.Optional.of(wrong.get(i));
            }
        }
        return java.util.Optional.of(wrong.get(0));
    }

    private static Choice choice(Question q, Option shown) {
        return q.choices().stream().filter(c -> c.text().equals(shown.text())).findFirst().orElseThrow();
    }

    private static String keyOf(List<Option> options, String text) {
        return options.stream().filter(o -> o.text().equals(text)).map(Option::key).findFirst().orElseThrow();
    }
}
