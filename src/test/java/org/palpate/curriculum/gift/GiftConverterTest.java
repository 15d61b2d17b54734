package org.palpate.curriculum.gift;

import org.palpate.support.Keys;
import org.junit.jupiter.api.Test;
import org.palpate.curriculum.Choice;
import org.palpate.curriculum.Pair;
import org.palpate.curriculum.Cloze;
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
        assertThat(Keys.choices(q)).containsExactly(new Choice("Effleurage", true, "Yes."),
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
        assertThat(Keys.choices(q)).extracting(Choice::text, Choice::correct).containsExactly(
                tuple("Petrissage", true), tuple("Vibration", true), tuple("Effleurage", false));
    }

    @Test
    void partialCreditInOneAnswerModeCountsAsWrongWithAWarning() {
        GiftConverter.Conversion conversion = convert("Which glides? {=Effleurage ~%50%Stroking ~Tapotement ####x}");
        assertThat(Keys.choices(only(conversion))).extracting(Choice::correct).containsExactly(true, false, false);
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
                Describe your intake routine. {}

                The following questions cover strokes.

                ::broken:: Which? {=a
                """);
        assertThat(conversion.questions()).isEmpty();
        assertThat(conversion.skipped()).isEqualTo(3);
        assertThat(conversion.issues()).extracting(GiftImport.Issue::line, i -> i.message().split(":")[0])
                .containsExactly(
                        tuple(1, "the question is not imported"),
                        tuple(3, "the question is not imported"),
                        tuple(5, "the answer block opened here has no closing `}`; skipped"));
        assertThat(conversion.issues()).extracting(GiftImport.Issue::message).satisfiesExactly(
                m -> assertThat(m).contains("essay"),
                m -> assertThat(m).contains("no answer block"),
                m -> assertThat(m).contains("no closing"));
    }

    @Test
    void numericalQuestionsKeepTheirRangesAndLeaveOutPartialCredit() {
        GiftConverter.Conversion conversion = convert("""
                How many Swedish strokes are there? {#5}

                ::hold:: Hold pressure on a trigger point for how many seconds? {#60:30}

                ::scale:: Rate it from one to five. {#1..5}

                ::several:: A hold of how many seconds? {#
                    =60:30
                    =%50%120:10#long
                    ~200
                }
                """);
        assertThat(conversion.questions()).extracting(q -> q.key().text())
                .containsExactly("5", "60 (30 to 90)", "1 to 5", "60 (30 to 90)");
        assertThat(conversion.questions()).allMatch(q -> q.type() == QuestionType.NUMERICAL);
        assertThat(conversion.issues()).extracting(GiftImport.Issue::message)
                .anySatisfy(m -> assertThat(m).contains("`120:10` (50%) is left out"));
    }

    @Test
    void missingWordQuestionsKeepTheGapInTheSentence() {
        GiftConverter.Conversion conversion = convert("""
                Kneading is called {=petrissage =pétrissage} in Swedish massage.

                Tapping strokes are called {~effleurage =tapotement ~friction} in Swedish massage.
                """);
        assertThat(conversion.questions()).hasSize(2);
        Question cloze = conversion.questions().get(0);
        assertThat(cloze.type()).isEqualTo(QuestionType.CLOZE);
        assertThat(cloze.prompt()).isEqualTo("Kneading is called {{answer}} in Swedish massage.");
        assertThat(cloze.key()).isEqualTo(new Cloze(List.of(new Cloze.Gap("answer", List.of("petrissage", "pétrissage")))));
        Question choice = conversion.questions().get(1);
        assertThat(choice.type()).isEqualTo(QuestionType.SINGLE);
        assertThat(choice.prompt()).isEqualTo("Tapping strokes are called _____ in Swedish massage.");
    }

    @Test
    void trueFalseWithoutGeneralFeedbackExplainsWithItsFeedback() {
        GiftConverter.Conversion conversion = convert("A warm, swollen calf may be massaged. {F#It may be a clot."
                + "#Right: refer the client.}");
        Question q = only(conversion);
        assertThat(q.type()).isEqualTo(QuestionType.TRUE_FALSE);
        assertThat(Keys.answer(q)).isFalse();
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
        assertThat(Keys.answers(q)).containsExactly("petrissage", "Kneading");
        assertThat(conversion.issues()).extracting(GiftImport.Issue::message).satisfiesExactly(
                m -> assertThat(m).contains("no feedback per short answer"),
                m -> assertThat(m).contains("`massage` (50%) is left out"));
    }

    @Test
    void matchingDropsExtraRightSides() {
        GiftConverter.Conversion conversion = convert("Match. {=Effleurage -> glides =Petrissage -> kneads "
                + "= -> stretches ####Actions.}");
        assertThat(Keys.pairs(only(conversion))).containsExactly(new Pair("Effleurage", "glides"),
                new Pair("Petrissage", "kneads"));
        assertThat(conversion.issues()).singleElement().extracting(GiftImport.Issue::message)
                .asString().contains("extra right side `stretches`");
    }

    @Test
    void markupIsReducedInEveryText() {
        Question q = only(convert("[html]<p>Which stroke is <b>percussive</b>?</p>{=<i>Tapotement</i>#Yes &amp; "
                + "right. ~Effleurage ####[markdown]**Tapotement** taps.}"));
        assertThat(q.prompt()).isEqualTo("Which stroke is percussive?");
        assertThat(Keys.choices(q).get(0)).isEqualTo(new Choice("Tapotement", true, "Yes & right."));
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
