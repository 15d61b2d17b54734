package org.palpate.curriculum.gift;

import org.junit.jupiter.api.Test;
import org.palpate.curriculum.Severity;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Every GIFT construct, read from inline samples the way Moodle's importer reads them. */
class GiftParserTest {

    private final GiftParser parser = new GiftParser();

    private GiftParseResult parse(String gift) {
        return parser.parse(gift);
    }

    /** The only question of {@code gift}, asserting that it parsed without problems. */
    private GiftQuestion only(String gift) {
        GiftParseResult result = parse(gift);
        assertThat(result.problems()).as("problems").isEmpty();
        assertThat(result.questions()).hasSize(1);
        return result.questions().get(0);
    }

    private static String text(GiftText text) {
        return text == null ? null : text.text();
    }

    @Test
    void singleChoiceWithFeedbackAndGeneralFeedback() {
        GiftQuestion q = only("""
                // the stroke that opens a Swedish sequence
                ::Opening stroke::Which stroke usually opens a Swedish massage sequence? {
                    =Effleurage#Right: long gliding strokes warm the tissue.
                    ~Tapotement#Percussion is stimulating, not a way to begin.
                    ~Friction
                    ####Effleurage spreads the lubricant and lets the therapist assess the tissue.
                }
                """);
        assertThat(q.line()).isEqualTo(2);
        assertThat(q.name()).isEqualTo("Opening stroke");
        assertThat(q.kind()).isEqualTo(GiftQuestionKind.MULTIPLE_CHOICE);
        assertThat(q.oneAnswerMode()).isTrue();
        assertThat(text(q.text())).isEqualTo("Which stroke usually opens a Swedish massage sequence?");
        assertThat(q.text().format()).isEqualTo(GiftTextFormat.MOODLE);
        assertThat(q.answers()).extracting(a -> a.text().text(), GiftAnswer::weight, GiftAnswer::marked,
                        a -> text(a.feedback()), GiftAnswer::line)
                .containsExactly(
                        tuple("Effleurage", 100.0, true, "Right: long gliding strokes warm the tissue.", 3),
                        tuple("Tapotement", 0.0, false, "Percussion is stimulating, not a way to begin.", 4),
                        tuple("Friction", 0.0, false, null, 5));
        assertThat(text(q.generalFeedback()))
                .isEqualTo("Effleurage spreads the lubricant and lets the therapist assess the tissue.");
        assertThat(q.missingWord()).isFalse();
    }

    @Test
    void multipleAnswersWithPercentWeights() {
        GiftQuestion q = only("What are two of the five Swedish strokes? {~%50%Petrissage ~%50%Vibration "
                + "~%-100%Cupping#Not one of the five. ~%-33.33333%Stretching}");
        assertThat(q.kind()).isEqualTo(GiftQuestionKind.MULTIPLE_CHOICE);
        assertThat(q.oneAnswerMode()).isFalse();
        assertThat(q.answers()).extracting(a -> a.text().text(), GiftAnswer::weight)
                .containsExactly(tuple("Petrissage", 50.0), tuple("Vibration", 50.0), tuple("Cupping", -100.0),
                        tuple("Stretching", -33.33333));
        assertThat(text(q.answers().get(2).feedback())).isEqualTo("Not one of the five.");
        assertThat(q.generalFeedback()).isNull();
    }

    @Test
    void trueFalseInEverySpellingWithFeedback() {
        GiftParseResult result = parse("""
                Effleurage on the limbs is usually directed toward the heart. {T}

                Deep pressure over a suspected clot is safe. {FALSE#It could dislodge the clot.#Right, never press it.}

                Petrissage is a kneading stroke. {TRUE####It lifts and squeezes the tissue.}

                Tapotement is a gliding stroke. {F}
                """);
        assertThat(result.problems()).isEmpty();
        assertThat(result.questions()).extracting(GiftQuestion::kind, GiftQuestion::truth, GiftQuestion::line)
                .containsExactly(
                        tuple(GiftQuestionKind.TRUE_FALSE, true, 1),
                        tuple(GiftQuestionKind.TRUE_FALSE, false, 3),
                        tuple(GiftQuestionKind.TRUE_FALSE, true, 5),
                        tuple(GiftQuestionKind.TRUE_FALSE, false, 7));
        GiftQuestion clot = result.questions().get(1);
        assertThat(text(clot.wrongFeedback())).isEqualTo("It could dislodge the clot.");
        assertThat(text(clot.rightFeedback())).isEqualTo("Right, never press it.");
        assertThat(text(result.questions().get(2).generalFeedback())).isEqualTo("It lifts and squeezes the tissue.");
    }

    @Test
    void lowercaseTrueIsAShortAnswerInMoodleAndWarned() {
        GiftParseResult result = parse("Effleurage glides.\n{true}");
        assertThat(result.questions()).singleElement().satisfies(q -> {
            assertThat(q.kind()).isEqualTo(GiftQuestionKind.SHORT_ANSWER);
            assertThat(q.answers()).extracting(a -> a.text().text()).containsExactly("true");
        });
        assertThat(result.problems()).extracting(GiftProblem::severity, GiftProblem::line)
                .containsExactly(tuple(Severity.WARNING, 2));
        assertThat(result.problems().get(0).message()).contains("{TRUE}");
    }

    @Test
    void shortAnswerWithWeightsAndFeedback() {
        GiftQuestion q = only("Name the kneading stroke. {=petrissage =kneading#Also accepted. =%50%massage}");
        assertThat(q.kind()).isEqualTo(GiftQuestionKind.SHORT_ANSWER);
        assertThat(q.answers()).extracting(a -> a.text().text(), GiftAnswer::weight, a -> text(a.feedback()))
                .containsExactly(tuple("petrissage", 100.0, null), tuple("kneading", 100.0, "Also accepted."),
                        tuple("massage", 50.0, null));
        assertThat(only("Who is buried in Grant's tomb? {Grant}").answers())
                .extracting(a -> a.text().text()).containsExactly("Grant");
    }

    @Test
    void matchingPairsIncludingAnExtraRightSide() {
        GiftQuestion q = only("""
                ::Strokes:: Match each stroke with what it does. {
                    =Effleurage -> glides
                    =Petrissage -> kneads
                    =Tapotement->percusses
                    = -> stretches
                    ####Each stroke has its action.
                }""");
        assertThat(q.kind()).isEqualTo(GiftQuestionKind.MATCHING);
        assertThat(q.pairs()).extracting(p -> p.left().text(), GiftPair::right, GiftPair::line)
                .containsExactly(tuple("Effleurage", "glides", 2), tuple("Petrissage", "kneads", 3),
                        tuple("Tapotement", "percusses", 4), tuple("", "stretches", 5));
        assertThat(text(q.generalFeedback())).isEqualTo("Each stroke has its action.");
    }

    @Test
    void numericalEssayDescriptionAndMissingWord() {
        GiftParseResult result = parse("""
                How many strokes make up classic Swedish massage? {#5}

                How many minutes is a typical session? {#50..70}

                Describe how you obtain consent before a session. {}

                The next questions are about contraindications.

                Kneading the muscle is called {=petrissage =kneading} in Swedish massage.
                """);
        assertThat(result.problems()).isEmpty();
        assertThat(result.questions()).extracting(GiftQuestion::kind, GiftQuestion::missingWord, GiftQuestion::line)
                .containsExactly(
                        tuple(GiftQuestionKind.NUMERICAL, false, 1),
                        tuple(GiftQuestionKind.NUMERICAL, false, 3),
                        tuple(GiftQuestionKind.ESSAY, false, 5),
                        tuple(GiftQuestionKind.DESCRIPTION, false, 7),
                        tuple(GiftQuestionKind.SHORT_ANSWER, true, 9));
        assertThat(text(result.questions().get(4).text()))
                .isEqualTo("Kneading the muscle is called _____ in Swedish massage.");
    }

    @Test
    void categoriesWithPathsAndEscapedSlashes() {
        GiftParseResult result = parse("""
                $CATEGORY: $course$/top/Swedish massage/Strokes

                Effleurage glides. {T}

                // a comment line before the category is fine
                $CATEGORY: palpate/contraindications/Vascular // arterial

                A warm swollen calf can be massaged. {F}
                """);
        assertThat(result.problems()).isEmpty();
        assertThat(result.items()).hasSize(4);
        GiftCategory first = (GiftCategory) result.items().get(0);
        assertThat(first.segments()).containsExactly("$course$", "top", "Swedish massage", "Strokes");
        assertThat(first.name()).isEqualTo("Strokes");
        GiftCategory second = (GiftCategory) result.items().get(2);
        assertThat(second.line()).isEqualTo(6);
        assertThat(second.name()).isEqualTo("Vascular / arterial");
    }

    @Test
    void escapesOfEverySpecialCharacter() {
        GiftQuestion q = only("::a\\:b:: Is 1 \\= 1 \\{always\\} \\~ here \\# and C\\:\\\\temp\\\\? Line\\nbreak. {"
                + "=yes\\#1 \\~ \\{x\\}#feedback with \\= and \\:"
                + " ~no\\\\#plain feedback ####general \\#### done}");
        assertThat(q.name()).isEqualTo("a:b");
        assertThat(text(q.text())).isEqualTo("Is 1 = 1 {always} ~ here # and C:\\temp\\? Line\nbreak.");
        assertThat(q.answers()).extracting(a -> a.text().text(), a -> text(a.feedback()))
                .containsExactly(tuple("yes#1 ~ {x}", "feedback with = and :"), tuple("no\\", "plain feedback"));
        assertThat(text(q.generalFeedback())).isEqualTo("general #### done");
    }

    @Test
    void textFormatsApplyToTheQuestionAndItsAnswers() {
        GiftQuestion html = only("[html]<p>Which stroke is <b>percussive</b>?</p>{=Tapotement ~[plain]<Effleurage> "
                + "####[markdown]**Tapotement** taps}");
        assertThat(html.text().format()).isEqualTo(GiftTextFormat.HTML);
        assertThat(text(html.text())).isEqualTo("<p>Which stroke is <b>percussive</b>?</p>");
        assertThat(html.answers()).extracting(a -> a.text().format())
                .containsExactly(GiftTextFormat.HTML, GiftTextFormat.PLAIN);
        assertThat(html.generalFeedback().format()).isEqualTo(GiftTextFormat.MARKDOWN);
        assertThat(only("[moodle]Effleurage glides. {T}").text().format()).isEqualTo(GiftTextFormat.MOODLE);
        assertThat(only("[markdown]Effleurage *glides*. {T}").text().format()).isEqualTo(GiftTextFormat.MARKDOWN);
        assertThat(only("[unknown]Effleurage glides. {T}").text())
                .isEqualTo(new GiftText("[unknown]Effleurage glides.", GiftTextFormat.MOODLE));
    }

    @Test
    void markupIsReducedToPlainText() {
        assertThat(GiftMarkup.toPlainText(new GiftText("<p>Which stroke is <b>percussive</b>?</p>\n<p>Pick "
                + "one &amp; only one&nbsp;answer.<br/>Think.</p>", GiftTextFormat.HTML)))
                .isEqualTo("Which stroke is percussive?\n\nPick one & only one answer.\nThink.");
        assertThat(GiftMarkup.toPlainText(new GiftText("**Tapotement** taps, see [Moodle](https://moodle.org)"
                + " and `code`; snake_case stays", GiftTextFormat.MARKDOWN)))
                .isEqualTo("Tapotement taps, see Moodle (https://moodle.org) and code; snake_case stays");
        assertThat(GiftMarkup.toPlainText(new GiftText("Use <i>light</i> pressure if < 5 kg", GiftTextFormat.MOODLE)))
                .isEqualTo("Use light pressure if < 5 kg");
        assertThat(GiftMarkup.toPlainText(new GiftText("<b>stays</b> &amp;", GiftTextFormat.PLAIN)))
                .isEqualTo("<b>stays</b> &amp;");
    }

    @Test
    void tagsAndIdNumberFromCommentLines() {
        GiftQuestion q = only("""
                // [id:sw-01] [tag:strokes] [tag:with \\] bracket]
                Effleurage glides. {T}
                // [tag:late]
                """);
        assertThat(q.idNumber()).isEqualTo("sw-01");
        assertThat(q.tags()).containsExactly("strokes", "with ] bracket", "late");
    }

    @Test
    void answersSpreadOverIndentedLinesAndWindowsLineEnds() {
        GiftParseResult result = parse("\uFEFF// bank\r\n::Q1:: Which is a kneading stroke?\r\n{\r\n   ~Effleurage\r\n"
                + "   =Petrissage\r\n}\r\n\r\n::Q2:: Effleurage glides. {T}\r\n");
        assertThat(result.problems()).isEmpty();
        assertThat(result.questions()).extracting(GiftQuestion::name, GiftQuestion::line)
                .containsExactly(tuple("Q1", 2), tuple("Q2", 8));
        assertThat(result.questions().get(0).answers()).extracting(GiftAnswer::line).containsExactly(4, 5);
    }

    @Test
    void problemsAreReportedAtTheirLines() {
        GiftParseResult result = parse("""
                ::Unclosed:: Which stroke glides? {
                    =Effleurage
                    ~Petrissage

                ::Backwards:: Effleurage } glides {T}

                ::Lonely:: Which stroke glides? {~Effleurage}

                ::Matching:: Match them. {
                    =Effleurage -> glides
                    =Petrissage kneads
                }

                ::Two blocks:: Effleurage {T} glides {F}

                ::Weight:: Which? {~%--5%Effleurage ~Petrissage}

                ::No end name Effleurage glides. {T}

                $CATEGORY: strokes
                Effleurage glides. {T}
                """);
        assertThat(result.problems()).extracting(GiftProblem::severity, GiftProblem::line)
                .containsExactly(
                        tuple(Severity.ERROR, 1),
                        tuple(Severity.ERROR, 5),
                        tuple(Severity.ERROR, 7),
                        tuple(Severity.ERROR, 11),
                        tuple(Severity.ERROR, 14),
                        tuple(Severity.ERROR, 16),
                        tuple(Severity.WARNING, 18),
                        tuple(Severity.WARNING, 21));
        assertThat(result.problems()).extracting(GiftProblem::message).satisfiesExactly(
                m -> assertThat(m).contains("no closing `}`"),
                m -> assertThat(m).contains("`}` without an opening `{`"),
                m -> assertThat(m).contains("at least 2 answers"),
                m -> assertThat(m).contains("has no `->`"),
                m -> assertThat(m).contains("second `{`"),
                m -> assertThat(m).contains("`%--5%` is not a number"),
                m -> assertThat(m).contains("no closing `::`"),
                m -> assertThat(m).contains("blank line"));
        // what could be read is still there: the unnamed question and the category with its question
        assertThat(result.items()).extracting(GiftItem::line).containsExactly(18, 20, 21);
        assertThat(result.errors()).hasSize(6);
    }

    @Test
    void textBeforeTheFirstAnswerMarkerIsAWrongAnswerAsInMoodle() {
        GiftParseResult result = parse("Which stroke glides? {Tapotement ~Petrissage =Effleurage}");
        assertThat(result.questions().get(0).answers()).extracting(a -> a.text().text(), GiftAnswer::weight)
                .containsExactly(tuple("Tapotement", 0.0), tuple("Petrissage", 0.0), tuple("Effleurage", 100.0));
        assertThat(result.problems()).singleElement().extracting(GiftProblem::severity).isEqualTo(Severity.WARNING);
    }

    @Test
    void commentOnlyBlocksAndEmptyInputGiveNoItems() {
        assertThat(parse("").items()).isEmpty();
        assertThat(parse("// only\n// comments\n\n   \n").items()).isEmpty();
        assertThat(parse("// only\n// comments\n\n   \n").problems()).isEmpty();
    }

    @Test
    void escapeAndProtectAreInverse() {
        for (String text : List.of("a:b#c=d{e}f~g", "back\\slash\\", "line\nbreak", "\\n is not a break", "%50%")) {
            assertThat(GiftEscapes.restore(GiftEscapes.protect(GiftEscapes.escape(text)))).isEqualTo(text);
        }
    }
}
