package org.palpate.curriculum.gift;

import org.palpate.support.Keys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.palpate.curriculum.Choice;
import org.palpate.curriculum.CourseModule;
import org.palpate.curriculum.CurriculumLoader;
import org.palpate.curriculum.LoadResult;
import org.palpate.curriculum.Pair;
import org.palpate.curriculum.Question;
import org.palpate.curriculum.QuestionType;
import org.palpate.curriculum.Severity;
import org.palpate.curriculum.Topic;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/** Importing into a copy of a small valid curriculum: new module, existing module, and imports that must not stick. */
class GiftImporterTest {

    private static final String BANK = """
            // Swedish strokes, exported from Moodle
            $CATEGORY: $course$/top/Massage/Swedish Strokes

            ::Gliding stroke:: Which stroke glides along the muscle? {
                =Effleurage#Right: it is the long gliding stroke.
                ~Tapotement#Tapotement is percussion.
                ~Friction
                ####Effleurage is a long, gliding stroke: "smooth" & even.
            }

            ::Q2:: Which strokes knead or shake the tissue? {
                ~%50%Petrissage
                ~%50%Vibration
                ~%-100%Effleurage#It glides.
                ####Petrissage kneads and vibration shakes.
            }

            $CATEGORY: $course$/top/Massage/Direction & Pressure

            Effleurage on the limbs is directed toward the heart. {TRUE####It follows venous return.}

            ::b-single:: Name the kneading stroke. {=petrissage =kneading}

            ::match:: Match each stroke with its action. {
                =Effleurage -> glides
                =Petrissage -> kneads
                ####Each stroke has an action.
            }

            ::numbers:: How many basic strokes does Swedish massage have? {#5}
            """;

    @TempDir
    Path temp;

    private final GiftImporter importer = new GiftImporter();
    private final CurriculumLoader loader = new CurriculumLoader();

    private Path bank(String gift) {
        return GiftFixtures.write(temp.resolve("bank.gift"), gift);
    }

    /** Text a YAML 1.1 reader would take for something else ({@code =} as a value key, yes as true...) is quoted. */
    @Test
    void writtenYamlReadsTheSameInAYaml11Parser() {
        Path curriculum = GiftFixtures.shellCurriculum(temp);
        List<String> answers = List.of("=", "yes", "off", "1:30", "2026-03-02", "0777", "~", "<<");
        Path bank = bank("::odd:: Type any of these. {" + String.join(" ", answers.stream()
                .map(a -> "=" + a.replace("=", "\\=").replace("~", "\\~")).toList()) + "}\n");
        GiftImport.Result result = importer.importFile(curriculum, "odd-texts", bank);
        assertThat(result.written()).as(GiftFixtures.dump(result)).isTrue();
        assertThat(Keys.answers(loader.load(curriculum).curriculum().question("odd").orElseThrow())).containsExactlyElementsOf(answers);

        Map<String, Object> yaml11 = new org.yaml.snakeyaml.Yaml().load(GiftFixtures.read(curriculum.resolve("odd-texts/questions.yaml")));
        @SuppressWarnings("unchecked")
        Map<String, Object> question = ((List<Map<String, Object>>) yaml11.get("questions")).get(0);
        assertThat(question.get("answers")).isEqualTo(answers);
    }

    @Test
    void importingTheSameBankAgainAddsNoSecondCopy() {
        Path curriculum = GiftFixtures.shellCurriculum(temp);
        Path bank = bank(BANK);
        assertThat(importer.importFile(curriculum, "swedish-extra", bank).imported()).isEqualTo(6);
        String questions = GiftFixtures.read(curriculum.resolve("swedish-extra/questions.yaml"));

        GiftImport.Result again = importer.importFile(curriculum, "swedish-extra", bank);

        assertThat(again.written()).isFalse();
        assertThat(again.alreadyThere()).isEqualTo(6);
        assertThat(again.failure()).isEqualTo("every question of " + bank + " that can be imported is already in swedish-extra (listed above); "
                + "nothing was written");
        assertThat(again.warnings()).extracting(GiftImport.Issue::format)
                .contains(bank + ":22: warning: question `b-single` is already in swedish-extra as `se-b-single`; not imported again");
        assertThat(GiftFixtures.read(curriculum.resolve("swedish-extra/questions.yaml"))).isEqualTo(questions);
        assertThat(loader.load(curriculum).curriculum().module("swedish-extra").orElseThrow().questions()).hasSize(6);
    }

    @Test
    void terminalEscapesInAnImportedBankAreStripped() {
        Path curriculum = GiftFixtures.shellCurriculum(temp);
        Path bank = bank("""
                ::esc:: Which stroke ]0;pwnedglides?[2J {
                    =Effleurage#Right&#27;[2J.
                    ~Tapotement
                    ####It glides&#x1b;]0;x&#7; along the muscle.
                }
                """);
        GiftImport.Result result = importer.importFile(curriculum, "escapes", bank);
        assertThat(result.written()).as(GiftFixtures.dump(result)).isTrue();
        LoadResult loaded = loader.load(curriculum);
        assertThat(loaded.errors()).as(GiftFixtures.dump(loaded)).isEmpty();
        Question question = loaded.curriculum().questions().stream().filter(q -> q.id().equals("esc")).findFirst().orElseThrow();
        assertThat(question.prompt()).isEqualTo("Which stroke ]0;pwnedglides?[2J");
        assertThat(question.explanation()).isEqualTo("It glides]0;x along the muscle.");
    }

    @Test
    void createsANewModuleThatLoadsWithoutErrors() {
        Path curriculum = GiftFixtures.shellCurriculum(temp);
        Path bank = bank(BANK);
        String programBefore = GiftFixtures.read(curriculum.resolve("program.yaml"));

        GiftImport.Result result = importer.importFile(curriculum, "swedish-extra", bank);

        assertThat(result.written()).as(GiftFixtures.dump(result)).isTrue();
        assertThat(result.failure()).isNull();
        assertThat(result.moduleCreated()).isTrue();
        assertThat(result.counts()).containsOnly(entry(QuestionType.SINGLE, 1), entry(QuestionType.MULTIPLE, 1),
                entry(QuestionType.TRUE_FALSE, 1), entry(QuestionType.SHORT, 1), entry(QuestionType.MATCHING, 1),
                entry(QuestionType.NUMERICAL, 1));
        assertThat(result.createdIds())
                .containsExactly("gliding-stroke", "se-q2", "se-q-1", "se-b-single", "match", "numbers");
        assertThat(result.newTopics()).containsExactly("swedish-strokes", "direction-pressure");
        assertThat(result.skipped()).isZero();
        assertThat(result.errors()).isEmpty();
        assertThat(result.warnings()).extracting(GiftImport.Issue::format).satisfiesExactly(
                issue -> assertThat(issue).startsWith(bank + ":22: warning: question `b-single`: it has no general feedback"),
                issue -> assertThat(issue).startsWith(bank + ":30: warning: question `numbers`: it has no general feedback"));
        assertThat(result.notes()).contains("add swedish-extra to the blueprint in program.yaml if exams should draw "
                + "from it");

        LoadResult loaded = loader.load(curriculum);
        assertThat(loaded.errors()).as(GiftFixtures.dump(loaded)).isEmpty();
        CourseModule module = loaded.curriculum().module("swedish-extra").orElseThrow();
        assertThat(module.title()).isEqualTo("swedish-extra");
        assertThat(module.prerequisites()).isEmpty();
        assertThat(module.topics()).containsExactly(new Topic("swedish-strokes", "Swedish Strokes"),
                new Topic("direction-pressure", "Direction & Pressure"));
        Question single = loaded.curriculum().question("gliding-stroke").orElseThrow();
        assertThat(Keys.choices(single)).containsExactly(
                new Choice("Effleurage", true, "Right: it is the long gliding stroke."),
                new Choice("Tapotement", false, "Tapotement is percussion."),
                new Choice("Friction", false, null));
        assertThat(single.explanation()).isEqualTo("Effleurage is a long, gliding stroke: \"smooth\" & even.");
        assertThat(single.sources()).isEmpty();
        assertThat(single.critical()).isFalse();
        assertThat(Keys.choices(loaded.curriculum().question("se-q2").orElseThrow())).extracting(Choice::correct)
                .containsExactly(true, true, false);
        assertThat(Keys.answer(loaded.curriculum().question("se-q-1").orElseThrow())).isTrue();
        assertThat(Keys.answers(loaded.curriculum().question("se-b-single").orElseThrow()))
                .containsExactly("petrissage", "kneading");
        assertThat(Keys.pairs(loaded.curriculum().question("match").orElseThrow()))
                .containsExactly(new Pair("Effleurage", "glides"), new Pair("Petrissage", "kneads"));

        Path folder = curriculum.resolve("swedish-extra");
        assertThat(GiftFixtures.read(folder.resolve("module.yaml")))
                .startsWith("# yaml-language-server: $schema=../../schemas/module.schema.json\n");
        assertThat(GiftFixtures.read(folder.resolve("questions.yaml")))
                .startsWith("# yaml-language-server: $schema=../../schemas/questions.schema.json\nquestions:\n");
        assertThat(folder.resolve("lessons")).isEmptyDirectory();
        assertThat(GiftFixtures.read(curriculum.resolve("program.yaml")))
                .isEqualTo(programBefore.replace("modules: [basics, safety]",
                        "modules: [basics, safety, swedish-extra]"));
        assertThat(result.changedFiles()).extracting(p -> curriculum.relativize(p).toString()).containsExactly(
                "swedish-extra/module.yaml", "swedish-extra/questions.yaml", "program.yaml");
    }

    @Test
    void aBlockStyleModulesListGetsANewLineAtItsIndentation() {
        Path curriculum = GiftFixtures.shellCurriculum(temp);
        String program = """
                title: Test course
                # study order
                modules:
                    - basics      # first
                    - safety

                blueprint:
                  basics: 0.5
                  safety: 0.5
                """;
        GiftFixtures.write(curriculum.resolve("program.yaml"), program);

        GiftImport.Result result = importer.importFile(curriculum, "extra", bank(BANK));

        assertThat(result.written()).as(GiftFixtures.dump(result)).isTrue();
        assertThat(GiftFixtures.read(curriculum.resolve("program.yaml")))
                .isEqualTo(program.replace("    - safety\n", "    - safety\n    - extra\n"));
    }

    /** module.yaml of `basics` written in the three ways an author may list topics. */
    @ParameterizedTest(name = "topics written as {0}")
    @ValueSource(strings = {"flow items", "block maps", "flow list"})
    void appendsToAnExistingModuleKeepingItsText(String style) {
        Path curriculum = GiftFixtures.shellCurriculum(temp);
        Path moduleFile = curriculum.resolve("basics/module.yaml");
        String topics = switch (style) {
            case "flow items" -> "topics:\n  - { id: strokes, title: Strokes }   # the main one\n"
                    + "  - { id: direction, title: Direction }\n";
            case "block maps" -> "topics:\n- id: strokes\n  title: Strokes\n# directions next\n- id: direction\n"
                    + "  title: >-\n    Direction\n\n";
            default -> "topics: [{id: strokes, title: Strokes},\n  {id: direction, title: Direction}]  # two\n";
        };
        String module = "# the basics module\nid: basics\ntitle: Basics\nsummary: Strokes for the tests.\n" + topics
                + "objectives:\n  - Name the strokes\nprerequisites: []   # none\ncases: []\n";
        GiftFixtures.write(moduleFile, module);
        Path questionsFile = curriculum.resolve("basics/questions.yaml");
        String questionsBefore = GiftFixtures.read(questionsFile) + "# end of the hand-written questions\n";
        GiftFixtures.write(questionsFile, questionsBefore);
        List<Question> before = loader.load(curriculum).curriculum().module("basics").orElseThrow().questions();

        GiftImport.Result result = importer.importFile(curriculum, "basics", bank("""
                $CATEGORY: top/Strokes

                ::friction:: Which stroke works across the fibres? {=Friction ~Effleurage ####Cross-fibre friction.}

                $CATEGORY: top/Pressure: how deep?

                Pressure is always firm in Swedish massage. {F####It ranges from light to firm.}
                """));

        assertThat(result.written()).as(GiftFixtures.dump(result)).isTrue();
        assertThat(result.moduleCreated()).isFalse();
        assertThat(result.createdIds()).containsExactly("friction", "b-q-1");
        assertThat(result.newTopics()).containsExactly("pressure-how-deep");
        String questionsAfter = GiftFixtures.read(questionsFile);
        assertThat(questionsAfter).startsWith(questionsBefore);
        assertThat(questionsAfter.substring(questionsBefore.length()))
                .startsWith("  - id: friction\n    topic: strokes\n");
        String moduleAfter = GiftFixtures.read(moduleFile);
        if (style.equals("flow list")) {
            assertThat(moduleAfter).isEqualTo(module.replace("{id: direction, title: Direction}]", "{id: direction, "
                    + "title: Direction}, { id: pressure-how-deep, title: 'Pressure: how deep?' }]"));
        } else {
            assertThat(removedLines(module, moduleAfter)).isEmpty(); // nothing of the author's text is lost
            assertThat(removedLines(moduleAfter, module)).containsExactly((style.equals("block maps") ? "" : "  ")
                    + "- { id: pressure-how-deep, title: 'Pressure: how deep?' }");
        }

        LoadResult loaded = loader.load(curriculum);
        assertThat(loaded.errors()).as(GiftFixtures.dump(loaded)).isEmpty();
        CourseModule basics = loaded.curriculum().module("basics").orElseThrow();
        assertThat(basics.questions().subList(0, before.size())).isEqualTo(before);
        assertThat(basics.questions()).extracting(Question::id).endsWith("friction", "b-q-1");
        assertThat(basics.topics()).extracting(Topic::id).containsExactly("strokes", "direction", "pressure-how-deep");
        assertThat(result.notes()).anySatisfy(n -> assertThat(n).contains("pressure-how-deep"));
    }

    @Test
    void appendsToAQuestionsListWrittenAtColumnZeroWithoutAFinalLineBreak() {
        Path curriculum = GiftFixtures.shellCurriculum(temp);
        Path questionsFile = curriculum.resolve("basics/questions.yaml");
        String before = "questions:\n- id: q1\n  topic: strokes\n  type: true-false\n  prompt: Effleurage glides.\n"
                + "  answer: true\n  explanation: It glides.  # no line break after this";
        GiftFixtures.write(questionsFile, before);

        GiftImport.Result result = importer.importFile(curriculum, "basics", bank("""
                $CATEGORY: palpate/basics/strokes

                ::tap:: Tapotement is a percussion stroke. {T####It taps rhythmically.}
                """));

        assertThat(result.written()).as(GiftFixtures.dump(result)).isTrue();
        assertThat(GiftFixtures.read(questionsFile)).isEqualTo(before + "\n- id: tap\n  topic: strokes\n"
                + "  type: true-false\n  prompt: Tapotement is a percussion stroke.\n  answer: true\n"
                + "  explanation: It taps rhythmically.\n");
        assertThat(loader.load(curriculum).errors()).isEmpty();
    }

    /** Lines of {@code a} that {@code b} lacks (as a multiset, in order). */
    private static List<String> removedLines(String a, String b) {
        List<String> remaining = new ArrayList<>(List.of(b.split("\n", -1)));
        List<String> missing = new ArrayList<>();
        for (String line : a.split("\n", -1)) {
            if (!remaining.remove(line)) {
                missing.add(line);
            }
        }
        return missing;
    }

    @Test
    void anImportThatWouldBreakTheCurriculumLeavesEveryFileUnchanged() {
        Path curriculum = GiftFixtures.shellCurriculum(temp);
        // too large for one questions.yaml: the loader refuses YAML documents over 3 MiB
        StringBuilder gift = new StringBuilder("$CATEGORY: palpate/basics/new-topic\n\n");
        String explanation = "Effleurage glides along the muscle toward the heart. ".repeat(40);
        for (int i = 0; i < 1700; i++) {
            gift.append("::big-").append(i).append(":: Effleurage number ").append(i).append(" glides. {T####")
                    .append(explanation).append("}\n\n");
        }
        Path bank = bank(gift.toString());
        Map<String, String> before = GiftFixtures.snapshot(curriculum);

        GiftImport.Result existing = importer.importFile(curriculum, "basics", bank);
        assertThat(GiftFixtures.snapshot(curriculum)).isEqualTo(before);
        GiftImport.Result created = importer.importFile(curriculum, "huge", bank);
        assertThat(GiftFixtures.snapshot(curriculum)).isEqualTo(before);

        for (GiftImport.Result result : List.of(existing, created)) {
            assertThat(result.written()).isFalse();
            assertThat(result.failure()).contains("error(s) after the import")
                    .contains("every file was restored, nothing was changed");
            assertThat(result.curriculumProblems()).isNotEmpty()
                    .allSatisfy(p -> assertThat(p.severity()).isEqualTo(Severity.ERROR));
            assertThat(result.createdIds()).isEmpty();
            assertThat(result.changedFiles()).isEmpty();
        }
        assertThat(loader.load(curriculum).ok()).isTrue();
    }

    @Test
    void aListThatCannotBeEditedSafelyIsReportedAndNothingIsWritten() {
        Path curriculum = GiftFixtures.shellCurriculum(temp);
        GiftFixtures.write(curriculum.resolve("basics/questions.yaml"), """
                questions: [{id: q1, topic: strokes, type: true-false, prompt: Effleurage glides., answer: true,
                  explanation: It glides.}]
                """);
        Map<String, String> before = GiftFixtures.snapshot(curriculum);

        GiftImport.Result result = importer.importFile(curriculum, "basics", bank(BANK));

        assertThat(result.written()).isFalse();
        assertThat(result.failure()).contains("cannot append to").contains("questions.yaml");
        assertThat(GiftFixtures.snapshot(curriculum)).isEqualTo(before);
    }

    @Test
    void aBrokenCurriculumIsNotTouched() {
        Path curriculum = GiftFixtures.shellCurriculum(temp);
        GiftFixtures.write(curriculum.resolve("basics/module.yaml"), "id: basics\ntitle: Basics\n");
        Map<String, String> before = GiftFixtures.snapshot(curriculum);

        GiftImport.Result result = importer.importFile(curriculum, "extra", bank(BANK));

        assertThat(result.written()).isFalse();
        assertThat(result.failure()).contains("fix them first");
        assertThat(result.curriculumProblems()).isNotEmpty();
        assertThat(GiftFixtures.snapshot(curriculum)).isEqualTo(before);
    }

    @Test
    void badInputIsReportedWithoutWriting() throws Exception {
        Path curriculum = GiftFixtures.shellCurriculum(temp);
        Map<String, String> before = GiftFixtures.snapshot(curriculum);

        assertThat(importer.importFile(curriculum, "Bad Module", bank(BANK)).failure())
                .contains("module id `Bad Module`").contains("`bad-module`");
        Path latin1 = temp.resolve("latin1.gift");
        Files.write(latin1, "Pétrissage kneads. {T}".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(importer.importFile(curriculum, "extra", latin1).failure()).contains("is not UTF-8");
        assertThat(importer.importFile(curriculum, "extra", temp.resolve("missing.gift")).failure())
                .contains("cannot read");
        GiftImport.Result nothing = importer.importFile(curriculum, "extra", bank("Describe your intake. {}\n"));
        assertThat(nothing.failure()).contains("no question").contains("could be imported");
        assertThat(nothing.errors()).hasSize(1);

        assertThat(GiftFixtures.snapshot(curriculum)).isEqualTo(before);
    }
}
