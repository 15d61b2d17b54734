package org.palpate.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.palpate.support.Keys;
import org.palpate.UserException;
import org.palpate.curriculum.AnswerKey;
import org.palpate.curriculum.Choice;
import org.palpate.curriculum.Graded;
import org.palpate.curriculum.Option;
import org.palpate.curriculum.Pair;
import org.palpate.curriculum.Presented;
import org.palpate.curriculum.Question;
import org.palpate.curriculum.QuestionType;

class GraderTest {

    @Test
    void shortAnswersIgnoreCaseSpacingPunctuationAndAccents() {
        Question q = question(QuestionType.SHORT, List.of(), null, List.of("pétrissage", "kneading"), List.of(), List.of());
        Presented shown = Presenter.present(q, 1);
        assertThat(Grader.grade(shown, "  PETRISSAGE! ").correct()).isTrue();
        assertThat(Grader.grade(shown, "Knead-ing").correct()).isFalse();
        assertThat(Grader.grade(shown, "kneading.").correct()).isTrue();
    }

    @Test
    void trueFalseAcceptsCommonSpellings() {
        Question q = question(QuestionType.TRUE_FALSE, List.of(), Boolean.FALSE, List.of(), List.of(), List.of());
        Presented shown = Presenter.present(q, 1);
        assertThat(Grader.grade(shown, "F").correct()).isTrue();
        assertThat(Grader.grade(shown, "yes").correct()).isFalse();
        assertThatThrownBy(() -> Grader.grade(shown, "maybe")).isInstanceOf(UserException.class).hasMessage("answer true or false");
    }

    @Test
    void aKeyThatIsNotShownIsRefusedWithTheKeysThatAre() {
        Question q = question(QuestionType.SINGLE, List.of(new Choice("Yes", true, null), new Choice("No", false, "Because.")),
                null, List.of(), List.of(), List.of());
        Presented shown = Presenter.present(q, 3);
        assertThatThrownBy(() -> Grader.grade(shown, "C")).isInstanceOf(UserException.class)
                .hasMessage("answer with one letter, e.g. B (the keys shown are A, B)");
        assertThatThrownBy(() -> Grader.grade(shown, "A,B")).isInstanceOf(UserException.class);
        String wrongKey = shown.choices().stream().filter(o -> o.text().equals("No")).findFirst().orElseThrow().key();
        Graded wrong = Grader.grade(shown, wrongKey.toLowerCase());
        assertThat(wrong.correct()).isFalse();
        assertThat(wrong.feedback()).isEqualTo("Because.");
    }

    static Stream<Long> seeds() {
        long base = System.nanoTime();
        System.out.println("GraderTest seeds start at " + base);
        return LongStream.range(0, 40).mapToObj(i -> base + i);
    }

    /** For any layout, the right keys grade right, and any other arrangement grades wrong. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theRightArrangementAndOnlyItGradesRight(long seed) {
        Random random = new Random(seed);
        int n = 2 + random.nextInt(5);
        List<String> items = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            items.add("item " + i + " " + Long.toHexString(random.nextLong()));
        }
        Question ordering = question(QuestionType.ORDERING, List.of(), null, List.of(), List.of(), items);
        Presented shown = Presenter.present(ordering, seed);
        assertThat(shown.choices().stream().map(Option::text).toList()).as("seed %d: never shown solved", seed).isNotEqualTo(items);
        String right = items.stream().map(t -> key(shown.choices(), t)).collect(Collectors.joining(","));
        assertThat(Grader.grade(shown, right).correct()).as("seed %d", seed).isTrue();
        List<String> shuffled = new ArrayList<>(List.of(right.split(",")));
        Collections.shuffle(shuffled, random);
        assertThat(Grader.grade(shown, String.join(",", shuffled)).correct()).as("seed %d", seed)
                .isEqualTo(String.join(",", shuffled).equals(right));

        List<Pair> pairs = items.stream().map(t -> new Pair(t, "match of " + t)).toList();
        Question matching = question(QuestionType.MATCHING, List.of(), null, List.of(), pairs, List.of());
        Presented columns = Presenter.present(matching, seed);
        String rightMatch = columns.left().stream().map(l -> key(columns.right(), "match of " + l.text())).collect(Collectors.joining(","));
        assertThat(Grader.grade(columns, rightMatch).correct()).as("seed %d", seed).isTrue();
        assertThat(Presenter.present(matching, seed)).as("seed %d: same seed, same layout", seed).isEqualTo(columns);
    }

    private static String key(List<Option> options, String text) {
        return options.stream().filter(o -> o.text().equals(text)).findFirst().orElseThrow().key();
    }

    private static Question question(QuestionType type, List<Choice> choices, Boolean answer, List<String> answers, List<Pair> pairs,
            List<String> sequence) {
        AnswerKey key = Keys.of(type, choices, answer, answers, pairs, sequence);
        return question("Prompt?", key);
    }

    static Question question(String prompt, AnswerKey key) {
        return new Question("q-1", "m", "t", prompt, key, "Because.", List.of("Source"), false, null, List.of(), null, "hash",
                List.of());
    }
}
