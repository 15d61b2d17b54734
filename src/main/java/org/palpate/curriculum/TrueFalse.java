package org.palpate.curriculum;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.IntToDoubleFunction;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;

import org.palpate.UserException;

/** {@code type: true-false} with {@code answer: true} or {@code answer: false}. */
public record TrueFalse(boolean answer) implements AnswerKey {

    static TrueFalse read(YamlMap q) {
        if (!q.has("answer")) {
            q.reportMissing("answer", " (a `true-false` question needs `answer: true` or `answer: false`)");
            return null;
        }
        Boolean answer = q.bool("answer");
        return answer == null ? null : new TrueFalse(answer);
    }

    @Override
    public QuestionType type() {
        return QuestionType.TRUE_FALSE;
    }

    @Override
    public void hash(ContentHash.Form form) {
        form.field("answer", String.valueOf(answer));
    }

    @Override
    public String text() {
        return String.valueOf(answer);
    }

    @Override
    public List<String> keyLines() {
        return List.of("answer: " + answer);
    }

    @Override
    public Presented present(Question question, Random random) {
        return new Presented(question, List.of(new Option("true", "True"), new Option("false", "False")), List.of(), List.of());
    }

    @Override
    public Graded grade(Presented shown, String typed) {
        boolean given = switch (typed.toLowerCase(Locale.ROOT)) {
            case "true", "t", "yes", "y" -> true;
            case "false", "f", "no", "n" -> false;
            default -> throw new UserException("answer true or false");
        };
        return new Graded(given == answer, String.valueOf(given), Map.of("answer", given), text(), null);
    }

    @Override
    public String hint(Presented shown) {
        return "Answer true or false.";
    }

    @Override
    public String rightAnswer(Presented shown) {
        return text();
    }

    @Override
    public String wrongAnswer(Presented shown, IntToDoubleFunction temptation, RandomGenerator random) {
        return String.valueOf(!answer);
    }

    @Override
    public Stream<String> terms() {
        return Stream.of();
    }

    @Override
    public List<Choice> options() {
        return List.of(new Choice("true", answer, null), new Choice("false", !answer, null));
    }

    @Override
    public List<String> picks(Map<String, Object> response) {
        return response.get("answer") instanceof Boolean given ? List.of(given.toString()) : List.of();
    }

    @Override
    public Map<String, Object> yaml() {
        return Map.of("answer", answer);
    }

    @Override
    public Optional<String> giftProblem() {
        return Optional.empty();
    }

    @Override
    public String gift(GiftStyle style) {
        return answer ? "TRUE" : "FALSE";
    }
}
