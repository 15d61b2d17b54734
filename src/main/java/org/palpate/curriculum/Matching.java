package org.palpate.curriculum;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.IntToDoubleFunction;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** {@code type: matching}: numbered left items, lettered right items shuffled; one letter per left item. */
public record Matching(List<Pair> pairs) implements AnswerKey {

    public Matching {
        pairs = List.copyOf(pairs);
    }

    static Matching read(YamlMap q) {
        List<YamlMap> items = q.mapList("pairs", true, "pair", "{ left: ..., right: ... }");
        boolean ok = AnswerKeyReader.atLeastTwo(q, "pairs", "pairs") && items.size() == AnswerKeyReader.size(q, "pairs");
        UniqueIds lefts = new UniqueIds();
        UniqueIds rights = new UniqueIds();
        List<Pair> pairs = new ArrayList<>();
        for (YamlMap item : items) {
            item.rejectUnknownKeys(List.of("left", "right"));
            String left = item.requiredText("left");
            String right = item.requiredText("right");
            ok &= AnswerKeyReader.unique(item, "left", left, lefts, "pairs") & AnswerKeyReader.unique(item, "right", right, rights, "pairs");
            if (left != null && right != null) {
                pairs.add(new Pair(left, right));
            }
        }
        return ok && pairs.size() == items.size() ? new Matching(pairs) : null;
    }

    @Override
    public QuestionType type() {
        return QuestionType.MATCHING;
    }

    @Override
    public void hash(ContentHash.Form form) {
        pairs.forEach(p -> {
            form.field("left", p.left());
            form.field("right", p.right());
        });
    }

    @Override
    public String text() {
        return pairs.stream().map(p -> p.left() + " = " + p.right()).collect(Collectors.joining("; "));
    }

    @Override
    public List<String> keyLines() {
        return pairs.stream().map(p -> p.left() + " = " + p.right()).toList();
    }

    @Override
    public List<String> solution() {
        return keyLines();
    }

    @Override
    public Presented present(Question question, Random random) {
        List<String> rights = pairs.stream().map(Pair::right).toList();
        return new Presented(question, List.of(),
                Layouts.keyed(pairs.stream().map(Pair::left).toList(), i -> String.valueOf(i + 1)),
                Layouts.lettered(Layouts.shuffledAwayFromOriginal(rights, random)));
    }

    @Override
    public Graded grade(Presented shown, String typed) {
        int n = shown.left().size();
        List<String> keys = Layouts.keys(typed, shown.right(), n, n,
                n + " letters, one for each numbered item in order, e.g. " + Layouts.exampleKeys(shown.right()));
        Layouts.requireDistinct(keys);
        boolean correct = true;
        List<String> given = new ArrayList<>();
        List<Map<String, String>> response = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Option left = shown.left().get(i);
            Option right = Layouts.option(shown.right(), keys.get(i));
            correct &= rightOf(left.text()).equals(right.text());
            given.add(left.text() + " = " + right.text());
            response.add(Map.of("left", left.text(), "right", right.text()));
        }
        String expected = shown.left().stream().map(l -> l.key() + "-" + Layouts.keyOf(shown.right(), rightOf(l.text())))
                .collect(Collectors.joining(", "));
        return new Graded(correct, String.join("; ", given), Map.of("pairs", response), expected, null);
    }

    @Override
    public String hint(Presented shown) {
        return "For items 1 to " + shown.left().size() + " in order, give the matching letter, e.g. "
                + Layouts.exampleKeys(shown.right()) + ".";
    }

    @Override
    public String rightAnswer(Presented shown) {
        return shown.left().stream().map(l -> Layouts.keyOf(shown.right(), rightOf(l.text()))).collect(Collectors.joining(","));
    }

    /** The first two items swapped: the commonest slip in a matching question. */
    @Override
    public String wrongAnswer(Presented shown, IntToDoubleFunction temptation, RandomGenerator random) {
        return Ordering.swapFirstTwo(rightAnswer(shown));
    }

    @Override
    public Stream<String> terms() {
        return pairs.stream().flatMap(p -> Stream.of(p.left(), p.right()));
    }

    @Override
    public Map<String, Object> yaml() {
        List<Map<String, Object>> items = pairs.stream().map(p -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("left", p.left());
            item.put("right", p.right());
            return item;
        }).toList();
        return Map.of("pairs", items);
    }

    @Override
    public Optional<String> giftProblem() {
        return pairs.stream().filter(p -> p.left().contains("->")).findFirst()
                .map(p -> "the matching item `" + Yaml.shorten(p.left()) + "` contains `->`, which GIFT cannot escape");
    }

    @Override
    public String gift(GiftStyle style) {
        StringBuilder out = new StringBuilder();
        pairs.forEach(p -> out.append("\n\t=").append(style.text(p.left())).append(" -> ").append(style.escape(p.right())));
        return out.toString();
    }

    private String rightOf(String left) {
        return pairs.stream().filter(p -> p.left().equals(left)).map(Pair::right).findFirst().orElseThrow();
    }
}
