package org.palpate.curriculum.gift;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.palpate.curriculum.Cloze;
import org.palpate.curriculum.CourseModule;
import org.palpate.curriculum.CurriculumLoader;
import org.palpate.curriculum.LoadResult;
import org.palpate.curriculum.Numerical;
import org.palpate.curriculum.Question;

/** Moodle's numerical and missing-word questions come in as numerical and cloze questions, and go back out. */
class NewKindsGiftTest {

    private static final String BANK = """
            // unit: seconds
            ::hold:: About how long is a pressure-release hold? {#60:30####Release usually comes within 30-90 s.}

            ::scale:: On a 0 to 10 pain scale, which scores are mild? {#0..3####Mild is 1-3 on most scales.}

            ::several:: How long is a typical cold application, in minutes? {#
                =15:5
                =%50%30:5#too long
            ####Ten to twenty minutes.}

            ::kneading:: Kneading is called {=petrissage =pétrissage ####It lifts and squeezes.} in Swedish massage.
            """;

    @TempDir
    Path temp;

    private final CurriculumLoader loader = new CurriculumLoader();

    @Test
    void numericalAndMissingWordQuestionsImportWithTheirKeys() {
        Path curriculum = GiftFixtures.shellCurriculum(temp.resolve("a"));
        GiftImport.Result result = new GiftImporter().importFile(curriculum, "kinds", GiftFixtures.write(temp.resolve("bank.gift"), BANK));
        assertThat(result.written()).as(GiftFixtures.dump(result)).isTrue();
        assertThat(result.warnings()).extracting(GiftImport.Issue::message)
                .anySatisfy(m -> assertThat(m).contains("`30:5` (50%) is left out"));

        LoadResult loaded = loader.load(curriculum);
        assertThat(loaded.errors()).as(GiftFixtures.dump(loaded)).isEmpty();
        Question hold = loaded.curriculum().question("hold").orElseThrow();
        assertThat(hold.key()).isEqualTo(new Numerical(List.of(range(30, 90, 60)), "seconds"));
        assertThat(loaded.curriculum().question("scale").orElseThrow().key())
                .isEqualTo(new Numerical(List.of(range(0, 3, null)), null));
        assertThat(loaded.curriculum().question("several").orElseThrow().key())
                .isEqualTo(new Numerical(List.of(range(10, 20, 15)), null));
        Question kneading = loaded.curriculum().question("kneading").orElseThrow();
        assertThat(kneading.prompt()).isEqualTo("Kneading is called {{answer}} in Swedish massage.");
        assertThat(kneading.key()).isEqualTo(new Cloze(List.of(new Cloze.Gap("answer", List.of("petrissage", "pétrissage")))));
        assertThat(kneading.explanation()).isEqualTo("It lifts and squeezes.");
    }

    @Test
    void whatWasImportedExportsAndImportsAgainUnchanged() {
        Path curriculum = GiftFixtures.shellCurriculum(temp.resolve("a"));
        new GiftImporter().importFile(curriculum, "kinds", GiftFixtures.write(temp.resolve("bank.gift"), BANK));
        CourseModule module = loader.load(curriculum).curriculum().module("kinds").orElseThrow();

        GiftExport export = new GiftExporter().export(module);
        assertThat(export.skipped()).isEmpty();
        assertThat(export.text()).contains("// unit: seconds\n::hold::About how long is a pressure-release hold? {#60:30####")
                .contains("::kneading::Kneading is called {\n\t=petrissage\n\t=pétrissage\n\t####It lifts and squeezes.\n} in Swedish massage.");

        Path other = GiftFixtures.shellCurriculum(temp.resolve("b"));
        new GiftImporter().importFile(other, "kinds", GiftFixtures.write(temp.resolve("again.gift"), export.text()));
        CourseModule again = loader.load(other).curriculum().module("kinds").orElseThrow();
        assertThat(again.questions()).extracting(Question::prompt, Question::key)
                .containsExactlyElementsOf(module.questions().stream().map(q -> org.assertj.core.groups.Tuple.tuple(q.prompt(), q.key())).toList());
    }

    @Test
    void aClozeWithSeveralGapsHasNoGiftForm() {
        Path curriculum = GiftFixtures.shellCurriculum(temp.resolve("a"));
        new GiftImporter().importFile(curriculum, "kinds", GiftFixtures.write(temp.resolve("bank.gift"), BANK));
        Path questions = curriculum.resolve("kinds/questions.yaml");
        GiftFixtures.write(questions, GiftFixtures.read(questions) + """
                  - id: two-gaps
                    topic: general
                    type: cloze
                    prompt: "Gliding is {{glide}} and kneading is {{knead}}."
                    gaps: { glide: [effleurage], knead: [petrissage] }
                    explanation: The two basic strokes.
                """);
        LoadResult loaded = loader.load(curriculum);
        assertThat(loaded.errors()).as(GiftFixtures.dump(loaded)).isEmpty();
        GiftExport export = new GiftExporter().export(loaded.curriculum().module("kinds").orElseThrow());
        assertThat(export.skipped()).singleElement().satisfies(s -> {
            assertThat(s.id()).isEqualTo("two-gaps");
            assertThat(s.reason()).isEqualTo("GIFT has one answer block per question, and this cloze has 2 gaps");
        });
    }

    private static Numerical.Range range(int low, int high, Integer value) {
        return new Numerical.Range(BigDecimal.valueOf(low), BigDecimal.valueOf(high), value == null ? null : BigDecimal.valueOf(value));
    }
}
