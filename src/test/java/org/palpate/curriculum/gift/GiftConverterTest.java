package org.palpate.curriculum.gift;

import org.junit.jupiter.api.Test;
import org.palpate.curriculum.Choice;
import org.palpate.curriculum.Pair;
import org.palpate.curriculum.Question;
import org.palpate.curriculum.QuestionType;
import org.palpate.curriculum.Severity;
import org.palpate.curriculum.Topic;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** What becomes of each kind of GIFT question, without files: the rules of the conversion. */
class GiftConverterTest {

    private static GiftConverter.Conversion convert(String gift) {
        return convert(gift, List.of(), Set.of());
    }

    private static GiftConverter.Conversion convert(String gift, List<Topic> topics, Set<String> ids) {
        return new GiftConverter("bank.gift", "swedish-massage", topics, ids, List.of()).convert(new GiftParser().parse(gift));
    }

    private static Question only(GiftConverter.Conversion conversion) {
        assertThat(conversion.questions()).hasSize(1);
        return conversion.questions().get(0);
    }

    @Test
    void singleChoiceKeepsFeedbackAndTakesTheGeneralFeedbackAsExplanation() {
        Question q = only(convert("::glide:: Which stroke glides? {=Effleurage#Yes. ~Tapotement#It taps. "
                + "####Effleurage is the gliding stroke.}"));
        assertThat(q.type()).isEqualTo(QuestionType.SINGLE);
        assertThat(q.choices()).containsExactly(new Choice("Effleurage", true, "Yes."),
                new Choice("Tapotement", false, "It taps."));
        assertThat(q.explanation()).isEqualTo("Effleurage is the gliding stroke.");
        assertThat(q.sources()).isEmpty();
        assertThat(q.critical()).isFalse();
        assertThat(q.moduleId()).isEqualTo("swedish-massage");
    }

    @Test
    void positiveWeightsAreTheRightChoicesOfAMultipleQuestion() {
        Question q = only(convert("Which knead or shake? {~%50%Petrissage ~%50%Vibration ~%-100%Effleurage "
                + "####Two of the five.}"));
        assertThat(q.type()).isEqualTo(QuestionType.MULTIPLE);
        assertThat(q.choices()).extracting(Choice::text, Choice::correct).containsExactly(
                tuple("Petrissage", true), tuple("Vibration", true), tuple("Effleurage", false));
    }

    @Test
    void partialCreditInOneAnswerModeCountsAsWrongWithAWarning() {
        GiftConverter.Conversion conversion = convert("Which glides? {=Effleurage ~%50%Stroking ~Tapotement ####x}");
        assertThat(only(conversion).choices()).extracting(Choice::correct).containsExactly(true, false, false);
        assertThat(conversion.issues()).singleElement().satisfies(i -> {
            assertThat(i.severity()).isEqualTo(Severity.WARNING);
            assertThat(i.message()).contains("`Stroking` gives partial credit (50%)");
        });
    }

    @Test
    void multipleChoiceThatCannotBeConvertedIsSkippedWithItsLine() {
        GiftConverter.Conversion conversion = convert("""
                ::none:: Which is right? {~Effleurage ~Petrissage ####x}

                ::two:: Which is right? {=Effleurage =Gliding ~Tapotement ####x}

                ::same:: Which is right? {=Effleurage ~effleurage ####x}
                """);
        assertThat(conversion.questions()).isEmpty();
        assertThat(conversion.skipped()).isEqualTo(3);
        assertThat(conversion.issues()).extracting(GiftImport.Issue::severity, GiftImport.Issue::line)
                .containsExactly(tuple(Severity.ERROR, 1), tuple(Severity.ERROR, 3), tuple(Severity.ERROR, 5));
        assertThat(conversion.issues().get(0).format())
                .isEqualTo("bank.gift:1: question `none` is not imported: it has no right answer (no `=` and no "
                        + "positive weight such as `~%50%`)");
        assertThat(conversion.issues().get(1).message()).contains("2 answers with full credit");
        assertThat(conversion.issues().get(2).message()).contains("appears twice");
    }

    @Test
    void unconvertibleKindsAreReportedAndSkipped() {
        GiftConverter.Conversion conversion = convert("""
                How many Swedish strokes are there? {#5}

                Describe your intake routine. {}

                The following questions cover strokes.

                Kneading is called {=petrissage} in Swedish massage.

                ::broken:: Which? {=a
                """);
        assertThat(conversion.questions()).isEmpty();
        assertThat(conversion.skipped()).isEqualTo(5);
        assertThat(conversion.issues()).extracting(GiftImport.Issue::line, i -> i.message().split(":")[0])
                .containsExactly(
                        tuple(1, "the question is not imported"),
                        tuple(3, "the question is not imported"),
                        tuple(5, "the question is not imported"),
                        tuple(7, "the question is not imported"),
                        tuple(9, "the answer block opened here has no closing `}`; skipped"));
        assertThat(conversion.issues()).extracting(GiftImport.Issue::message).satisfiesExactly(
                m -> assertThat(m).contains("numerical"),
                m -> assertThat(m).contains("essay"),
                m -> assertThat(m).contains("no answer block"),
                m -> assertThat(m).contains("missing-word"),
                m -> assertThat(m).contains("no closing"));
    }

    @Test
    void trueFalseWithoutGeneralFeedbackExplainsWithItsFeedback() {
        GiftConverter.Conversion conversion = convert("A warm, swollen calf may be massaged. {F#It may be a clot."
                + "#Right: refer the client.}");
        Question q = only(conversion);
        assertThat(q.type()).isEqualTo(QuestionType.TRUE_FALSE);
        assertThat(q.answer()).isFalse();
        assertThat(q.explanation()).isEqualTo("Right: refer the client.\n\nIt may be a clot.");
        assertThat(conversion.issues()).extracting(GiftImport.Issue::severity).containsExactly(Severity.WARNING);
    }

    @Test
    void missingGeneralFeedbackBecomesATodoExplanationWithAWarning() {
        GiftConverter.Conversion conversion = convert("Effleurage glides. {T}");
        assertThat(only(conversion).explanation()).isEqualTo("TODO: explain why the answer is right");
        assertThat(conversion.issues()).singleElement().satisfies(i -> {
            assertThat(i.severity()).isEqualTo(Severity.WARNING);
            assertThat(i.line()).isEqualTo(1);
            assertThat(i.message()).contains("no general feedback");
        });
    }

    @Test
    void shortAnswersKeepOnlyFullCreditAnswers() {
        GiftConverter.Conversion conversion = convert("Name the kneading stroke. {=petrissage =Kneading#Also fine. "
                + "=%50%massage ####Petrissage kneads.}");
        Question q = only(conversion);
        assertThat(q.type()).isEqualTo(QuestionType.SHORT);
        assertThat(q.answers()).containsExactly("petrissage", "Kneading");
        assertThat(conversion.issues()).extracting(GiftImport.Issue::message).satisfiesExactly(
                m -> assertThat(m).contains("no feedback per short answer"),
                m -> assertThat(m).contains("`massage` (50%) is left out"));
    }

    @Test
    void matchingDropsExtraRightSides() {
        GiftConverter.Conversion conversion = convert("Match. {=Effleurage -> glides =Petrissage -> kneads "
                + "= -> stretches ####Actions.}");
        assertThat(only(conversion).pairs()).containsExactly(new Pair("Effleurage", "glides"),
                new Pair("Petrissage", "kneads"));
        assertThat(conversion.issues()).singleElement().extracting(GiftImport.Issue::message)
                .asString().contains("extra right side `stretches`");
    }

    @Test
    void markupIsReducedInEveryText() {
        Question q = only(convert("[html]<p>Which stroke is <b>percussive</b>?</p>{=<i>Tapotement</i>#Yes &amp; "
                + "right. ~Effleurage ####[markdown]**Tapotement** taps.}"));
        assertThat(q.prompt()).isEqualTo("Which stroke is percussive?");
        assertThat(q.choices().get(0)).isEqualTo(new Choice("Tapotement", true, "Yes & right."));
        assertThat(q.explanation()).isEqualTo("Tapotement taps.");
    }

    @Test
    void categoriesBecomeTopicsAndExistingTopicsAreReused() {
        GiftConverter.Conversion conversion = convert("""
                A question before any category. {T####x}

                $CATEGORY: $course$/top/Massage/Swedish Strokes

                ::s1:: Effleurage glides. {T####x}

                $CATEGORY: $course$/top/Direction

                ::d1:: Effleurage goes toward the heart. {T####x}

                $CATEGORY: $course$/top/Pétrissage & Friction

                $CATEGORY: $course$/top/Unused
                """, List.of(new Topic("direction", "Direction of strokes")), Set.of());
        assertThat(conversion.questions()).extracting(Question::topic)
                .containsExactly("general", "swedish-strokes", "direction");
        assertThat(conversion.newTopics()).containsExactly(new Topic("general", "General"),
                new Topic("swedish-strokes", "Swedish Strokes"));
    }

    @Test
    void categoryNamesWithoutLatinLettersGetNumberedTopicsOnce() {
        GiftConverter.Conversion conversion = convert("""
                $CATEGORY: top/Μασάζ

                ::g1:: Effleurage glides. {T####x}

                ::g2:: Petrissage kneads. {T####x}

                $CATEGORY: top/Ασφάλεια

                ::s1:: A swollen calf may be massaged. {F####x}
                """, List.of(new Topic("topic-1", "First")), Set.of());
        assertThat(conversion.questions()).extracting(Question::topic).containsExactly("topic-2", "topic-2", "topic-3");
        assertThat(conversion.newTopics())
                .containsExactly(new Topic("topic-2", "Μασάζ"), new Topic("topic-3", "Ασφάλεια"));
    }

    @Test
    void idsComeFromNamesAndNeverCollide() {
        GiftConverter.Conversion conversion = convert("""
                ::Effleurage 1:: Effleurage glides. {T####x}

                ::Q1:: Effleurage glides. {T####x}

                ::b-single:: Effleurage glides. {T####x}

                Effleurage glides. {T####x}

                Effleurage glides. {T####x}

                // [id:My ID]
                Effleurage glides. {T####x}

                ::effleurage-1:: Effleurage glides. {T####x}

                ::Ünïcode — name!:: Effleurage glides. {T####x}
                """, List.of(), Set.of("b-single", "sm-q-1"));
        assertThat(conversion.questions()).extracting(Question::id).containsExactly(
                "effleurage-1", "sm-q1", "sm-b-single", "sm-q-2", "sm-q-3", "my-id", "sm-effleurage-1",
                "unicode-name");
    }
}
