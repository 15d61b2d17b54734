package org.palpate.curriculum;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.IntToDoubleFunction;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;

import org.snakeyaml.engine.v2.nodes.SequenceNode;

/** {@code type: short}: the learner types a word or two, matched against {@code answers} by {@link Layouts#normalize}. */
public record ShortAnswers(List<String> answers) implements AnswerKey {

    public ShortAnswers {
        answers = List.copyOf(answers);
    }

    static ShortAnswers read(YamlMap q) {
        List<Located<String>> answers = q.textList("answers", true);
        if (q.value("answers") instanceof SequenceNode s && s.getValue().isEmpty()) {
            q.document().error(s, "`answers` needs at least one accepted answer");
        }
        if (answers.isEmpty() || answers.size() != AnswerKeyReader.size(q, "answers")) {
            return null;
        }
        return new ShortAnswers(answers.stream().map(Located::value).toList());
    }

    @Override
    public QuestionType type() {
        return QuestionType.SHORT;
    }

    @Override
    public void hash(ContentHash.Form form) {
        answers.forEach(a -> form.field("accept", a));
    }

    @Override
    public String text() {
        return String.join(" / ", answers);
    }

    @Override
    public List<String> keyLines() {
        return List.of("accepted: " + text());
    }

    @Override
    public Presented present(Question question, Random random) {
        return Presented.typed(question);
    }

    @Override
    public Graded grade(Presented shown, String typed) {
        return new Graded(Layouts.accepts(answers, typed), typed, Map.of("text", typed), text(), null);
    }

    @Override
    public String hint(Presented shown) {
        return "Type the answer in a word or two.";
    }

    @Override
    public String rightAnswer(Presented shown) {
        return answers.get(0);
    }

    @Override
    public String wrongAnswer(Presented shown, IntToDoubleFunction temptation, RandomGenerator random) {
        return "not sure";
    }

    @Override
    public List<String> typedAnswers() {
        return answers;
    }

    @Override
    public Stream<String> terms() {
        return answers.stream();
    }

    @Override
    public Map<String, Object> yaml() {
        return Map.of("answers", answers);
    }

    /** {@code ->} in an accepted answer would make Moodle read a matching question. */
    @Override
    public Optional<String> giftProblem() {
        return answers.stream().filter(a -> a.contains("->")).findFirst()
                .map(a -> "the accepted answer `" + Yaml.shorten(a) + "` contains `->`, which would make Moodle read a "
                        + "matching question");
    }

    @Override
    public String gift(GiftStyle style) {
        StringBuilder out = new StringBuilder();
        answers.forEach(a -> out.append("\n\t=").append(style.startsLikeWeight(a) ? "%100%" : "").append(style.text(a)));
        return out.toString();
    }
}
