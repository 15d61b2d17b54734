package org.palpate.curriculum.gift;

import org.palpate.support.Keys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.palpate.curriculum.Choice;
import org.palpate.curriculum.CourseModule;
import org.palpate.curriculum.CurriculumLoader;
import org.palpate.curriculum.LoadResult;
import org.palpate.curriculum.Question;
import org.palpate.curriculum.QuestionType;
import org.palpate.curriculum.Severity;
import org.palpate.curriculum.Topic;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

/** The sample bank src/test/resources/gift/sample.gift: a realistic Moodle export, imported as a new module. */
class GiftSampleTest {

    private static final Path SAMPLE = GiftFixtures.resource("/gift/sample.gift");

    @TempDir
    Path temp;

    /** 1-based line of the first line containing {@code text}, so the test follows edits of the sample. */
    private static int lineOf(String text) {
        List<String> lines = List.of(GiftFixtures.read(SAMPLE).split("\n", -1));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " is not in the sample");
    }

    @Test
    void theSampleHoldsEveryKindOfGiftItem() {
        GiftParseResult parsed = new GiftParser().parse(GiftFixtures.read(SAMPLE));
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.questions()).extracting(GiftQuestion::name, GiftQuestion::kind, GiftQuestion::missingWord)
                .containsExactly(
                        tuple("Gliding stroke", GiftQuestionKind.MULTIPLE_CHOICE, false),
                        tuple("Kneading stroke", GiftQuestionKind.SHORT_ANSWER, false),
                        tuple("Toward the heart", GiftQuestionKind.TRUE_FALSE, false),
                        tuple("Five strokes", GiftQuestionKind.MULTIPLE_CHOICE, false),
                        tuple("Match strokes", GiftQuestionKind.MATCHING, false),
                        tuple("How many strokes", GiftQuestionKind.NUMERICAL, false),
                        tuple("Calf clot", GiftQuestionKind.MULTIPLE_CHOICE, false),
                        tuple("Fever", GiftQuestionKind.TRUE_FALSE, false),
                        tuple("Consent", GiftQuestionKind.ESSAY, false),
                        tuple("Soreness", GiftQuestionKind.SHORT_ANSWER, true),
                        tuple(null, GiftQuestionKind.DESCRIPTION, false));
        assertThat(parsed.items()).filteredOn(GiftCategory.class::isInstance).extracting(GiftItem::line)
                .containsExactly(lineOf("Swedish strokes"), lineOf("/Contraindications"));
    }

    @Test
    void importsNineQuestionsAndReportsTheTwoItCannotAsk() {
        Path curriculum = GiftFixtures.shellCurriculum(temp);

        GiftImport.Result result = new GiftImporter().importFile(curriculum, "massage-foundations", SAMPLE);

        assertThat(result.written()).as(GiftFixtures.dump(result)).isTrue();
        assertThat(result.counts()).containsOnly(entry(QuestionType.SINGLE, 2), entry(QuestionType.MULTIPLE, 1),
                entry(QuestionType.TRUE_FALSE, 2), entry(QuestionType.SHORT, 1), entry(QuestionType.MATCHING, 1),
                entry(QuestionType.NUMERICAL, 1), entry(QuestionType.CLOZE, 1));
        assertThat(result.createdIds()).containsExactly("gliding-stroke", "kneading-stroke", "toward-the-heart",
                "five-strokes", "match-strokes", "how-many-strokes", "calf-clot", "fever", "soreness");
        assertThat(result.skipped()).isEqualTo(2);
        assertThat(result.errors()).extracting(GiftImport.Issue::line).containsExactly(lineOf("::Consent::"),
                lineOf("Local contraindications"));
        assertThat(result.errors()).allSatisfy(e -> assertThat(e.format()).startsWith(SAMPLE + ":" + e.line() + ": "));
        assertThat(result.warnings()).extracting(GiftImport.Issue::line, GiftImport.Issue::severity)
                .containsExactly(tuple(lineOf("::How many strokes::"), Severity.WARNING),
                        tuple(lineOf("::Fever::"), Severity.WARNING), tuple(lineOf("::Soreness::"), Severity.WARNING));

        LoadResult loaded = new CurriculumLoader().load(curriculum);
        assertThat(loaded.errors()).as(GiftFixtures.dump(loaded)).isEmpty();
        CourseModule module = loaded.curriculum().module("massage-foundations").orElseThrow();
        assertThat(module.topics()).containsExactly(new Topic("swedish-strokes", "Swedish strokes"),
                new Topic("contraindications", "Contraindications"));
        Question clot = loaded.curriculum().question("calf-clot").orElseThrow();
        assertThat(clot.topic()).isEqualTo("contraindications");
        assertThat(clot.prompt())
                .isEqualTo("A client reports a warm, swollen, painful calf since yesterday. What do you do?");
        assertThat(Keys.choices(clot).get(0)).isEqualTo(new Choice("Do not massage the leg, and refer the client to a "
                + "physician the same day", true, "Right: these are signs of a possible deep vein thrombosis."));
        Question fever = loaded.curriculum().question("fever").orElseThrow();
        assertThat(Keys.answer(fever)).isFalse();
        assertThat(fever.explanation()).isEqualTo("Right: postpone the massage until the fever has gone.\n\n"
                + "A fever is a general contraindication: postpone the session.");
        assertThat(loaded.curriculum().question("toward-the-heart").orElseThrow().tags()).containsExactly("direction");
        assertThat(Keys.choices(loaded.curriculum().question("five-strokes").orElseThrow()))
                .extracting(Choice::text, Choice::correct).containsExactly(tuple("Tapotement", true),
                        tuple("Vibration", true), tuple("Friction", true), tuple("Cupping", false),
                        tuple("Passive stretching", false));

        // what was imported exports again to GIFT that reads without problems
        GiftExport again = new GiftExporter().export(module);
        assertThat(again.skipped()).isEmpty();
        assertThat(new GiftParser().parse(again.text()).problems()).isEmpty();
        assertThat(new GiftParser().parse(again.text()).questions()).hasSize(9);
    }
}
