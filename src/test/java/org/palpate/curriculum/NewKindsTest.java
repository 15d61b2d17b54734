package org.palpate.curriculum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.palpate.curriculum.Severity.ERROR;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.palpate.UserException;

/** Cloze and numerical questions: reading with path:line:col messages, layout, grading and the key in words. */
class NewKindsTest {

    private static final String HEAD = """
            questions:
              - id: q1
                topic: strokes
                explanation: Because.
            """;

    @TempDir
    Path tmp;

    private LoadResult load(String question) {
        Map<String, String> files = TestFiles.minimal();
        files.put("basics/questions.yaml", HEAD + question);
        return new CurriculumLoader().load(TestFiles.write(tmp.resolve("curriculum"), files));
    }

    private Question only(String question) {
        LoadResult result = load(question);
        assertThat(result.errors()).as(TestFiles.dump(result.problems())).isEmpty();
        return result.curriculum().question("q1").orElseThrow();
    }

    private void error(String question, int line, int column, String text) {
        LoadResult result = load(question);
        TestFiles.assertProblem(result, ERROR, tmp.resolve("curriculum/basics/questions.yaml"), line, column, text);
    }

    @Test
    void aClozeKeepsItsGapsInPromptOrderAndGradesEachLikeAShortAnswer() {
        Question q = only("""
                    type: cloze
                    prompt: "Gliding strokes are {{glide}}; kneading strokes are {{knead}}."
                    gaps:
                      knead: [petrissage, kneading]
                      glide: [effleurage]
                """);
        Cloze key = (Cloze) q.key();
        assertThat(key.gaps()).extracting(Cloze.Gap::name).containsExactly("glide", "knead");
        assertThat(key.shownPrompt(q.prompt())).isEqualTo("Gliding strokes are [1] _____; kneading strokes are [2] _____.");
        Presented shown = key.present(q, new Random(1));
        assertThat(key.grade(shown, "Effleurage; PÉTRISSAGE").correct()).isTrue();
        assertThat(key.grade(shown, "effleurage ;  kneading.").correct()).isTrue();
        Graded wrong = key.grade(shown, "petrissage; effleurage");
        assertThat(wrong.correct()).isFalse();
        assertThat(wrong.response()).isEqualTo(Map.of("gaps", List.of("petrissage", "effleurage")));
        assertThat(wrong.expected()).isEqualTo("[1] effleurage; [2] petrissage / kneading");
        assertThatThrownBy(() -> key.grade(shown, "effleurage")).isInstanceOf(UserException.class)
                .hasMessage("type the 2 missing words in order, separated by `;` (found 1)");
        assertThat(key.hint(shown)).isEqualTo("Type the 2 missing words in order, separated by `;`.");
    }

    @Test
    void aOneGapClozeShowsAPlainBlankAndTakesTheWholeAnswer() {
        Question q = only("""
                    type: cloze
                    prompt: "Pressure on a trigger point is held until it {{eases}} or about 90 seconds pass."
                    gaps: { eases: [softens, eases, releases] }
                """);
        assertThat(q.key().shownPrompt(q.prompt())).isEqualTo("Pressure on a trigger point is held until it _____ or about 90 seconds pass.");
        assertThat(q.key().grade(Presented.typed(q), "Softens").correct()).isTrue();
        assertThat(q.key().text()).isEqualTo("softens / eases / releases");
    }

    @Test
    void clozeMistakesAreReportedWhereTheyAre() {
        error("""
                    type: cloze
                    prompt: "No blank here."
                    gaps: { a: [x] }
                """, 6, 13, "a `cloze` prompt needs at least one blank such as `{{muscle}}`");
        error("""
                    type: cloze
                    prompt: "The {{glide}} stroke."
                    gaps: { glyde: [effleurage] }
                """, 7, 5, "the blank `{{glide}}` has no answers; add `glide: [...]` under `gaps`; did you mean `glyde`?");
        error("""
                    type: cloze
                    prompt: "The {{glide}} stroke."
                    gaps: { glide: [effleurage], extra: [x] }
                """, 7, 34, "gap `extra` is not in the prompt");
        error("""
                    type: cloze
                    prompt: "The {{glide}} and {{glide}} strokes."
                    gaps: { glide: [effleurage] }
                """, 6, 13, "the blank `{{glide}}` appears twice in the prompt");
        error("""
                    type: cloze
                    prompt: "The {{glide}} stroke."
                    answers: [effleurage]
                """, 7, 5, "`answers` is not used by type `cloze`; remove it (a `cloze` question uses `gaps`)");
    }

    @Test
    void aNumericalAcceptsItsRangesEndsIncludedAndTheUnitAfterTheNumber() {
        Question q = only("""
                    type: numerical
                    prompt: About how many seconds is a pressure-release hold?
                    number: { value: 60, tolerance: 30 }
                    unit: seconds
                """);
        Numerical key = (Numerical) q.key();
        Presented shown = Presented.typed(q);
        assertThat(key.grade(shown, "30").correct()).isTrue();
        assertThat(key.grade(shown, "90 seconds").correct()).isTrue();
        assertThat(key.grade(shown, "45,5 s").correct()).isTrue();
        assertThat(key.grade(shown, "91").correct()).isFalse();
        assertThat(key.grade(shown, "91").response()).isEqualTo(Map.of("number", "91"));
        assertThatThrownBy(() -> key.grade(shown, "about a minute")).isInstanceOf(UserException.class)
                .hasMessage("type one number (in seconds), e.g. 12 or 2.5");
        assertThatThrownBy(() -> key.grade(shown, "30-90")).isInstanceOf(UserException.class);
        assertThat(key.text()).isEqualTo("60 (30 to 90) seconds");
        assertThat(key.hint(shown)).isEqualTo("Type a number in seconds.");
        assertThat(key.json()).isEqualTo(Map.of("unit", "seconds"));
    }

    @Test
    void severalRangesMayBeAccepted() {
        Question q = only("""
                    type: numerical
                    prompt: Name a typical ice application in minutes.
                    number:
                      - { min: 10, max: 15 }
                      - { value: 20 }
                    unit: minutes
                """);
        Presented shown = Presented.typed(q);
        assertThat(q.key().grade(shown, "12").correct()).isTrue();
        assertThat(q.key().grade(shown, "20").correct()).isTrue();
        assertThat(q.key().grade(shown, "17").correct()).isFalse();
        assertThat(((Numerical) q.key()).accepted()).containsExactly(
                new Numerical.Range(BigDecimal.valueOf(10), BigDecimal.valueOf(15), null),
                new Numerical.Range(BigDecimal.valueOf(20), BigDecimal.valueOf(20), BigDecimal.valueOf(20)));
    }

    @Test
    void numericalMistakesAreReportedWhereTheyAre() {
        error("""
                    type: numerical
                    prompt: How long?
                """, 2, 5, "is missing required key `number`");
        error("""
                    type: numerical
                    prompt: How long?
                    number: { value: "60" }
                """, 7, 22, "`value` must be a number such as 60 or 2.5, not the quoted text `60`; remove the quotes");
        error("""
                    type: numerical
                    prompt: How long?
                    number: { min: 90, max: 30 }
                """, 7, 20, "`min` (90) is above `max` (30); swap them");
        error("""
                    type: numerical
                    prompt: How long?
                    number: { value: 60, min: 30 }
                """, 7, 13, "write either `value` (with an optional `tolerance`) or `min` and `max`, not both");
        error("""
                    type: numerical
                    prompt: How long?
                    number: { value: 60, tolerance: -5 }
                """, 7, 37, "`tolerance` must be 0 or more, not -5");
    }
}
