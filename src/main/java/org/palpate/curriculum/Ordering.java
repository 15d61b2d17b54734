package org.palpate.curriculum;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.IntToDoubleFunction;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** {@code type: ordering}: the steps of {@code sequence} shown shuffled; the learner gives all the letters in order. */
public record Ordering(List<String> sequence) implements AnswerKey {

    public Ordering {
        sequence = List.copyOf(sequence);
    }

    static Ordering read(YamlMap q) {
        List<Located<String>> steps = q.textList("sequence", true);
        boolean ok = AnswerKeyReader.atLeastTwo(q, "sequence", "items") && steps.size() == AnswerKeyReader.size(q, "sequence");
        ok &= AnswerKeyReader.distinct(q, "sequence", steps, "step");
        return ok ? new Ordering(steps.stream().map(Located::value).toList()) : null;
    }

    @Override
    public QuestionType type() {
        return QuestionType.ORDERING;
    }

    @Override
    public void hash(ContentHash.Form form) {
        sequence.forEach(s -> form.field("step", s));
    }

    @Override
    public String text() {
        return String.join(" -> ", sequence);
    }

    @Override
    public List<String> keyLines() {
        return java.util.stream.IntStream.range(0, sequence.size()).mapToObj(i -> (i + 1) + ". " + sequence.get(i)).toList();
    }

    @Override
    public List<String> solution() {
        return keyLines();
    }

    @Override
    public Presented present(Question question, Random random) {
        return new Presented(question, Layouts.lettered(Layouts.shuffledAwayFromOriginal(sequence, random)), List.of(), List.of());
    }

    @Override
    public Graded grade(Presented shown, String typed) {
        int n = shown.choices().size();
        List<String> keys = Layouts.keys(typed, shown.choices(), n, n,
                "all " + n + " letters in order, e.g. " + Layouts.exampleKeys(shown.choices()));
        Layouts.requireDistinct(keys);
        List<String> given = keys.stream().map(k -> Layouts.option(shown.choices(), k).text()).toList();
        return new Graded(given.equals(sequence), String.join(" -> ", given), Map.of("order", given), rightAnswer(shown), null);
    }

    @Override
    public String hint(Presented shown) {
        return "Give all the letters in the right order, e.g. " + Layouts.exampleKeys(shown.choices()) + ".";
    }

    @Override
    public String rightAnswer(Presented shown) {
        return sequence.stream().map(t -> Layouts.keyOf(shown.choices(), t)).collect(Collectors.joining(","));
    }

    @Override
    public String wrongAnswer(Presented shown, IntToDoubleFunction temptation, RandomGenerator random) {
        return swapFirstTwo(rightAnswer(shown));
    }

    static String swapFirstTwo(String keys) {
        List<String> list = new ArrayList<>(List.of(keys.split(",")));
        if (list.size() > 1) {
            String first = list.get(0);
            list.set(0, list.get(1));
            list.set(1, first);
        }
        return String.join(",", list);
    }

    @Override
    public Stream<String> terms() {
        return sequence.stream();
    }

    @Override
    public Map<String, Object> yaml() {
        return Map.of("sequence", sequence);
    }

    @Override
    public Optional<String> giftProblem() {
        return Optional.of("ordering questions have no GIFT equivalent");
    }

    @Override
    public String gift(GiftStyle style) {
        throw new IllegalStateException("ordering questions have no GIFT equivalent"); // giftProblem keeps them out
    }
}
