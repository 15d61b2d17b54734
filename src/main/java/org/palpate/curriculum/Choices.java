package org.palpate.curriculum;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.IntToDoubleFunction;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.snakeyaml.engine.v2.nodes.Node;

/**
 * {@code type: single} (exactly one right choice) or {@code type: multiple} (every right choice, and no other, must
 * be picked). Choices are shown shuffled under letters; the review log keeps the texts picked, never the letters.
 */
public record Choices(List<Choice> choices, boolean multiple) implements AnswerKey {

    /** Moodle's weights cannot share 100% among more right choices than this (see {@link #weights}). */
    static final int MAX_WEIGHTED = 20;

    public Choices {
        choices = List.copyOf(choices);
    }

    static Choices read(YamlMap q, boolean multiple) {
        List<YamlMap> items = q.mapList("choices", true, "choice", "{ text: ..., correct: true }");
        boolean ok = AnswerKeyReader.atLeastTwo(q, "choices", "choices") && items.size() == AnswerKeyReader.size(q, "choices");
        List<Choice> choices = new ArrayList<>();
        UniqueIds seen = new UniqueIds();
        for (YamlMap item : items) {
            item.rejectUnknownKeys(List.of("text", "correct", "feedback"));
            String text = item.requiredText("text");
            Boolean correct = item.bool("correct");
            String feedback = item.optionalText("feedback");
            ok &= text != null && (correct != null || !item.has("correct")) && (feedback != null || !item.has("feedback"));
            if (text == null) {
                continue;
            }
            Node textNode = item.value("text");
            Located<String> here = item.document().locate(Texts.sameKey(text), textNode);
            seen.add(here).ifPresent(first -> item.document().error(textNode, "choice `" + Yaml.shorten(text)
                    + "` repeats the choice at " + UniqueIds.where(first, here.file()) + "; make every choice different"));
            if (Texts.isOrderDependentChoice(text)) {
                item.document().warning(textNode, "choice `" + Yaml.shorten(text) + "` depends on the other "
                        + "choices, which are shown shuffled; write a choice that stands on its own");
            }
            choices.add(new Choice(text, Boolean.TRUE.equals(correct), feedback));
        }
        if (!ok) {
            return null; // counting correct choices among broken ones would give a misleading message
        }
        long correct = choices.stream().filter(Choice::correct).count();
        Node at = q.keyNode("choices");
        if (!multiple && correct != 1) {
            q.document().error(at, correct == 0
                    ? "a `single` question needs exactly one correct choice, found none; mark the right one with "
                    + "`correct: true`"
                    : "a `single` question needs exactly one correct choice, found " + correct + "; keep "
                    + "`correct: true` on one choice only, or use `type: multiple`");
            return null;
        }
        if (multiple && correct == 0) {
            q.document().error(at, "a `multiple` question needs at least one correct choice, found none; mark each "
                    + "right choice with `correct: true`");
            return null;
        }
        return new Choices(choices, multiple);
    }

    @Override
    public QuestionType type() {
        return multiple ? QuestionType.MULTIPLE : QuestionType.SINGLE;
    }

    @Override
    public void hash(ContentHash.Form form) {
        choices.forEach(c -> form.field(c.correct() ? "choice+" : "choice-", c.text()));
    }

    @Override
    public String text() {
        return right().map(Choice::text).collect(Collectors.joining("; "));
    }

    @Override
    public List<String> keyLines() {
        return choices.stream().map(c -> (c.correct() ? "[x] " : "[ ] ") + c.text() + (c.feedback() == null ? "" : "  — " + c.feedback()))
                .toList();
    }

    @Override
    public Presented present(Question question, Random random) {
        return new Presented(question, Layouts.lettered(Layouts.shuffled(choices.stream().map(Choice::text).toList(), random)),
                List.of(), List.of());
    }

    @Override
    public Graded grade(Presented shown, String typed) {
        List<String> keys = multiple
                ? Layouts.keys(typed, shown.choices(), 1, shown.choices().size(), "letters, e.g. A,C")
                : Layouts.keys(typed, shown.choices(), 1, 1, "one letter, e.g. B");
        Set<String> picked = new LinkedHashSet<>(keys);
        List<Option> pickedOptions = shown.choices().stream().filter(o -> picked.contains(o.key())).toList();
        boolean correct = pickedOptions.stream().map(o -> choice(o.text())).toList()
                .equals(shown.choices().stream().map(o -> choice(o.text())).filter(Choice::correct).toList());
        String feedback = pickedOptions.stream().map(o -> choice(o.text())).filter(c -> !c.correct() && c.feedback() != null)
                .map(Choice::feedback).findFirst().orElse(null);
        String given = pickedOptions.stream().map(o -> o.key() + ") " + o.text()).collect(Collectors.joining("; "));
        String expected = shown.choices().stream().filter(o -> choice(o.text()).correct()).map(o -> o.key() + ") " + o.text())
                .collect(Collectors.joining("; "));
        return new Graded(correct, given, Map.of("choices", pickedOptions.stream().map(Option::text).toList()), expected,
                correct ? null : feedback);
    }

    @Override
    public String hint(Presented shown) {
        return multiple ? "Choose every right letter, separated by commas, e.g. A,C."
                : "Choose one letter, e.g. " + shown.choices().get(shown.choices().size() - 1).key() + ".";
    }

    @Override
    public String rightAnswer(Presented shown) {
        return shown.choices().stream().filter(o -> choice(o.text()).correct()).map(Option::key).collect(Collectors.joining(","));
    }

    /** One tempting wrong choice for single; for multiple, a wrong one added or a right one left out. */
    @Override
    public String wrongAnswer(Presented shown, IntToDoubleFunction temptation, RandomGenerator random) {
        Optional<Option> distractor = distractor(shown, temptation, random);
        if (!multiple) {
            return distractor.map(Option::key).orElse(rightAnswer(shown));
        }
        Set<String> keys = new LinkedHashSet<>(List.of(rightAnswer(shown).split(",")));
        if (distractor.isPresent() && (keys.size() == 1 || random.nextBoolean())) {
            keys.add(distractor.get().key());
        } else if (keys.size() > 1) {
            keys.remove(keys.iterator().next());
        }
        return String.join(",", keys);
    }

    /** A wrong choice, more tempting ones more often; choices weighted 0 are never picked (unless all are). */
    private Optional<Option> distractor(Presented shown, IntToDoubleFunction temptation, RandomGenerator random) {
        List<Option> wrong = shown.choices().stream().filter(o -> !choice(o.text()).correct()).toList();
        if (wrong.isEmpty()) {
            return Optional.empty();
        }
        double[] weights = wrong.stream().mapToDouble(o -> Math.max(0, temptation.applyAsDouble(choices.indexOf(choice(o.text())))))
                .toArray();
        double total = java.util.Arrays.stream(weights).sum();
        if (total <= 0) {
            return Optional.of(wrong.get(random.nextInt(wrong.size())));
        }
        double u = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            u -= weights[i];
            if (u < 0 && weights[i] > 0) {
                return Optional.of(wrong.get(i));
            }
        }
        return Optional.of(wrong.get(weights.length - 1));
    }

    @Override
    public Stream<String> terms() {
        return choices.stream().map(Choice::text);
    }

    @Override
    public List<Choice> options() {
        return choices;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<String> picks(Map<String, Object> response) {
        return response.get("choices") instanceof List<?> texts ? (List<String>) texts : List.of();
    }

    @Override
    public Map<String, Object> yaml() {
        List<Map<String, Object>> items = choices.stream().map(c -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("text", c.text());
            if (c.correct()) {
                item.put("correct", true);
            }
            if (c.feedback() != null) {
                item.put("feedback", c.feedback());
            }
            return item;
        }).toList();
        return Map.of("choices", items);
    }

    @Override
    public Optional<String> giftProblem() {
        return multiple && right().count() > MAX_WEIGHTED
                ? Optional.of("more than " + MAX_WEIGHTED + " right choices cannot get Moodle weights that add up to 100%")
                : Optional.empty();
    }

    /**
     * Single: {@code =right ~wrong}. Multiple: right choices share +100%, wrong ones share -100%, so a learner who
     * ticks everything gets nothing.
     */
    @Override
    public String gift(GiftStyle style) {
        List<String> right = weights((int) right().count());
        List<String> wrong = weights(choices.size() - right.size());
        StringBuilder out = new StringBuilder();
        int r = 0;
        int w = 0;
        for (Choice c : choices) {
            String prefix = !multiple ? (c.correct() ? "=" : style.startsLikeWeight(c.text()) ? "~%0%" : "~")
                    : "~%" + (c.correct() ? right.get(r++) : "-" + wrong.get(w++)) + "%";
            out.append("\n\t").append(prefix).append(style.text(c.text()))
                    .append(c.feedback() == null ? "" : "#" + style.text(c.feedback()));
        }
        return out.toString();
    }

    /**
     * {@code n} weights from Moodle's grade list that add up to 100: 100/n for n up to 10 (100, 50, 33.33333 ...),
     * else tens and fives; beyond 20 (wrong choices only) 5 each, as a negative total need not be exactly -100.
     */
    public static List<String> weights(int n) {
        List<String> weights = new ArrayList<>();
        if (n <= 10) {
            String each = BigDecimal.valueOf(100.0 / Math.max(n, 1)).setScale(5, RoundingMode.HALF_UP)
                    .stripTrailingZeros().toPlainString();
            Stream.generate(() -> each).limit(n).forEach(weights::add);
        } else if (n <= MAX_WEIGHTED) {
            // (20 - n) tens and (2n - 20) fives: 10(20 - n) + 5(2n - 20) = 100
            Stream.generate(() -> "10").limit(20L - n).forEach(weights::add);
            Stream.generate(() -> "5").limit(2L * n - 20).forEach(weights::add);
        } else {
            Stream.generate(() -> "5").limit(n).forEach(weights::add);
        }
        return weights;
    }

    private Stream<Choice> right() {
        return choices.stream().filter(Choice::correct);
    }

    private Choice choice(String text) {
        return choices.stream().filter(c -> c.text().equals(text)).findFirst().orElseThrow();
    }
}
