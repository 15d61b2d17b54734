package org.palpate.curriculum;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.palpate.curriculum.Severity.ERROR;
import static org.palpate.curriculum.Severity.WARNING;

/**
 * One test per kind of problem. Each starts from {@link TestFiles#minimal()} and replaces one or two files with
 * the broken YAML shown inline, then checks file, line, column and the gist of the message.
 */
class BrokenFilesTest {

    @TempDir
    Path tmp;

    private Path root;
    private Map<String, String> files;

    @BeforeEach
    void setUp() {
        root = tmp.resolve("curriculum");
        files = TestFiles.minimal();
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private LoadResult load() {
        return new CurriculumLoader().load(TestFiles.write(root, files));
    }

    private LoadResult loadWith(String file, String content) {
        files.put(file, content);
        return load();
    }

    private LoadResult loadQuestions(String yaml) {
        return loadWith("basics/questions.yaml", yaml);
    }

    private Problem error(LoadResult result, String file, int line, int column, String text) {
        assertThat(result.ok()).as("an error must block loading").isFalse();
        assertThat(result.curriculum()).isNull();
        return TestFiles.assertProblem(result, ERROR, root.resolve(file), line, column, text);
    }

    private Problem warning(LoadResult result, String file, int line, int column, String text) {
        return TestFiles.assertProblem(result, WARNING, root.resolve(file), line, column, text);
    }

    private static void onlyProblem(LoadResult result, Problem expected) {
        assertThat(result.problems()).as(TestFiles.dump(result.problems())).containsExactly(expected);
    }

    private static byte[] bytes(String... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String part : parts) {
            out.writeBytes(part.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    @Test
    void theMinimalBaseIsValid() {
        LoadResult result = load();
        assertThat(result.problems()).as(TestFiles.dump(result.problems())).isEmpty();
        assertThat(result.ok()).isTrue();
    }

    // ---- syntax and encoding ----------------------------------------------------------------------------------

    @Nested
    class SyntaxAndEncoding {

        @Test
        void yamlSyntaxErrorPointsAtTheColonAndSuggestsQuotes() {
            LoadResult result = loadQuestions("""
                    questions:
                      - id: q1
                        topic: strokes
                        type: true-false
                        prompt: Remember: effleurage glides
                        answer: true
                        explanation: It glides.
                    """);
            Problem p = error(result, "basics/questions.yaml", 5, 21, "YAML syntax error: mapping values are not allowed");
            assertThat(p.message()).contains("put text that contains `: ` in quotes");
            onlyProblem(result, p);
        }

        @Test
        void unclosedFlowListIsASyntaxError() {
            LoadResult result = loadQuestions("""
                    questions:
                      - id: q1
                        topic: strokes
                        type: short
                        prompt: Name the gliding stroke.
                        answers: [effleurage, gliding
                        explanation: It glides.
                    """);
            Problem p = result.errors().get(0);
            assertThat(p.file()).isEqualTo(root.resolve("basics/questions.yaml").toString());
            assertThat(p.line()).isEqualTo(7);
            assertThat(p.message()).startsWith("YAML syntax error:").contains("close the list with `]`");
        }

        @Test
        void tabsUsedForIndentation() {
            LoadResult result = loadQuestions("questions:\n  - id: q1\n\ttopic: strokes\n");
            onlyProblem(result, error(result, "basics/questions.yaml", 3, 1,
                    "tabs are not allowed for indentation; use spaces"));
        }

        @Test
        void tabAfterSpacesInIndentation() {
            LoadResult result = loadWith("basics/module.yaml", "id: basics\ntitle: Basics\ntopics:\n  \t- { id: strokes, title: Strokes }\n");
            assertThat(result.errors()).singleElement().satisfies(p -> {
                assertThat(p.line()).isEqualTo(4);
                assertThat(p.message()).isEqualTo("tabs are not allowed for indentation; use spaces");
            });
        }

        @Test
        void duplicateKeyNamesTheFirstOne() {
            LoadResult result = loadQuestions("""
                    questions:
                      - id: q1
                        topic: strokes
                        type: true-false
                        prompt: Effleurage is a gliding stroke.
                        answer: true
                        explanation: It glides.
                        prompt: Is effleurage a gliding stroke?
                    """);
            onlyProblem(result, error(result, "basics/questions.yaml", 8, 5,
                    "duplicate key `prompt` (first at line 5); remove one of them"));
        }

        @Test
        void invalidUtf8IsReportedAtTheBadByte() {
            TestFiles.write(root, files);
            byte[] content = bytes("questions:\n  - id: q1\n    topic: strokes\n    type: true-false\n    prompt: Caf");
            byte[] rest = bytes(" au lait is French.\n    answer: true\n    explanation: It is.\n");
            byte[] all = new byte[content.length + 1 + rest.length];
            System.arraycopy(content, 0, all, 0, content.length);
            all[content.length] = (byte) 0xE9; // "é" in Latin-1: not UTF-8
            System.arraycopy(rest, 0, all, content.length + 1, rest.length);
            TestFiles.writeBytes(root.resolve("basics/questions.yaml"), all);
            LoadResult result = new CurriculumLoader().load(root);
            Problem p = error(result, "basics/questions.yaml", 5, 16, "not valid UTF-8: byte 0xE9");
            assertThat(p.message()).contains("save the file with UTF-8 encoding");
        }

        @Test
        void invalidUtf8InALesson() {
            TestFiles.write(root, files);
            byte[] head = bytes("---\nid: strokes-lesson\ntitle: Strokes\ntopic: strokes\n---\nNa");
            byte[] all = new byte[head.length + 2];
            System.arraycopy(head, 0, all, 0, head.length);
            all[head.length] = (byte) 0xEF; // a truncated three-byte sequence
            all[head.length + 1] = (byte) '\n';
            TestFiles.writeBytes(root.resolve("basics/lessons/strokes.md"), all);
            LoadResult result = new CurriculumLoader().load(root);
            error(result, "basics/lessons/strokes.md", 6, 3, "not valid UTF-8");
        }

        @Test
        void utf16IsRejectedWithAHint() {
            TestFiles.write(root, files);
            TestFiles.writeBytes(root.resolve("program.yaml"),
                    "\uFEFFtitle: x\n".getBytes(StandardCharsets.UTF_16LE));
            LoadResult result = new CurriculumLoader().load(root);
            error(result, "program.yaml", 1, 1, "encoded as UTF-16; save it as UTF-8");
        }

        @Test
        void controlCharacterIsReported() {
            LoadResult result = loadWith("basics/module.yaml", "id: basics\ntitle: Ba\u0007sics\ntopics: []\n");
            error(result, "basics/module.yaml", 2, 10, "U+0007 is not allowed");
        }

        @Test
        void byteOrderMarkAndCrlfAreAcceptedEverywhere() {
            files.replaceAll((name, content) -> "\uFEFF" + content.replace("\n", "\r\n"));
            LoadResult result = load();
            assertThat(result.problems()).as(TestFiles.dump(result.problems())).isEmpty();
            Lesson lesson = result.curriculum().lesson("strokes-lesson").orElseThrow();
            assertThat(lesson.markdown()).isEqualTo("Effleurage glides.\n");
            assertThat(result.curriculum().question("q1").orElseThrow().prompt())
                    .isEqualTo("Effleurage is a gliding stroke.");
        }

        @Test
        void positionsInACrlfFileWithBomAreStillRight() {
            LoadResult result = loadQuestions("\uFEFF" + """
                    questions:
                      - id: q1
                        topic: strokes
                        type: true-false
                        colour: red
                        prompt: Effleurage is a gliding stroke.
                        answer: true
                        explanation: It glides.
                    """.replace("\n", "\r\n"));
            onlyProblem(result, error(result, "basics/questions.yaml", 5, 5, "unknown key `colour`"));
        }

        @Test
        void emptyFileAndWrongTopLevel() {
            files.put("basics/questions.yaml", "# nothing yet\n");
            files.put("basics/module.yaml", "- id: basics\n");
            LoadResult result = load();
            error(result, "basics/questions.yaml", 1, 1, "the file is empty; it must contain a `questions:` list");
            error(result, "basics/module.yaml", 1, 1, "the top level must be a mapping");
        }

        @Test
        void absurdNestingIsAProblemNotACrash() {
            LoadResult result = loadQuestions("questions: " + "[".repeat(20_000) + "]".repeat(20_000) + "\n");
            onlyProblem(result, error(result, "basics/questions.yaml", 1, 1, "the YAML is nested too deeply"));
        }

        @Test
        void recursiveAliasIsHarmless() {
            LoadResult result = loadWith("basics/module.yaml", """
                    id: basics
                    title: Basics
                    topics: [{ id: strokes, title: Strokes }]
                    objectives: &loop [*loop]
                    """);
            onlyProblem(result, error(result, "basics/module.yaml", 4, 13, "item 1 of `objectives` must be text, not a list"));
        }

        @Test
        void nonTextKey() {
            LoadResult result = loadWith("program.yaml", """
                    title: Test program
                    modules: [basics]
                    [a, b]: 1
                    """);
            error(result, "program.yaml", 3, 1, "a key must be plain text, not a list");
        }
    }

    // ---- keys and values --------------------------------------------------------------------------------------

    @Nested
    class KeysAndValues {

        @Test
        void unknownKeyWithDidYouMean() {
            LoadResult result = loadQuestions("""
                    questions:
                      - id: q1
                        topic: strokes
                        type: true-false
                        prompt: Effleurage is a gliding stroke.
                        answer: true
                        explanaton: It glides.
                    """);
            error(result, "basics/questions.yaml", 7, 5, "unknown key `explanaton`; did you mean `explanation`?");
            error(result, "basics/questions.yaml", 2, 5, "question `q1` is missing required key `explanation`");
            assertThat(result.errors()).hasSize(2);
        }

        @Test
        void unknownKeyWithoutNearMatchListsTheAllowedKeys() {
            LoadResult result = loadWith("basics/module.yaml", """
                    id: basics
                    title: Basics
                    colour: blue
                    topics:
                      - { id: strokes, title: Strokes }
                    """);
            error(result, "basics/module.yaml", 3, 1, "unknown key `colour`; allowed keys here: id, title, summary");
        }

        @Test
        void misspeltKeyInsideAChoice() {
            LoadResult result = loadQuestions("""
                    questions:
                      - id: q1
                        topic: strokes
                        type: single
                        prompt: Which stroke glides?
                        choices:
                          - { text: Effleurage, corect: true }
                          - { text: Tapotement }
                        explanation: It glides.
                    """);
            error(result, "basics/questions.yaml", 7, 29, "unknown key `corect`; did you mean `correct`?");
            // with the key misspelt no choice is correct, which is reported too
            error(result, "basics/questions.yaml", 6, 5, "exactly one correct choice, found none");
            assertThat(result.errors()).hasSize(2);
        }

        @Test
        void missingRequiredField() {
            LoadResult result = loadQuestions("""
                    questions:
                      - id: q1
                        type: true-false
                        prompt: Effleurage is a gliding stroke.
                        answer: true
                        explanation: It glides.
                    """);
            onlyProblem(result, error(result, "basics/questions.yaml", 2, 5,
                    "question `q1` is missing required key `topic`; add `topic: ...`"));
        }

        @Test
        void missingIdNamesTheQuestionByPosition() {
            LoadResult result = loadQuestions("""
                    questions:
                      - topic: strokes
                        type: true-false
                        prompt: Effleurage is a gliding stroke.
                        answer: true
                        explanation: It glides.
                    """);
            onlyProblem(result, error(result, "basics/questions.yaml", 2, 5,
                    "question 1 is missing required key `id`"));
        }

        @Test
        void wrongValueTypes() {
            LoadResult result = loadQuestions("""
                    questions:
                      - id: q1
                        topic: strokes
                        type: true-false
                        prompt: Effleurage is a gliding stroke.
                        answer: yes
                        explanation: It glides.
                        critical: "true"
                        sources: Fritz 2020
                        difficulty: hard
                        tags: { a: b }
                    """);
            String file = "basics/questions.yaml";
            error(result, file, 6, 13, "`answer` must be `true` or `false`, not `yes`");
            error(result, file, 8, 15, "`critical` must be `true` or `false`, not the quoted text `true`; remove the quotes");
            error(result, file, 9, 14, "`sources` must be a list, not `Fritz 2020`; write `sources: [Fritz 2020]`");
            error(result, file, 10, 17, "`difficulty` must be a whole number from 1 to 5, not `hard`");
            error(result, file, 11, 11, "`tags` must be a list, not a mapping");
            assertThat(result.errors()).hasSize(5);
        }

        @Test
        void textExpectedButListGiven() {
            LoadResult result = loadQuestions("""
                    questions:
                      - id: q1
                        topic: strokes
                        type: true-false
                        prompt: [Effleurage, glides]
                        answer: true
                        explanation: It glides.
                    """);
            error(result, "basics/questions.yaml", 5, 13, "`prompt` must be text, not a list");
        }

        @Test
        void difficultyOutOfRange() {
            LoadResult result = loadQuestions("""
                    questions:
                      - id: q1
                        topic: strokes
                        type: true-false
                        prompt: Effleurage is a gliding stroke.
                        answer: true
                        explanation: It glides.
                        difficulty: 7
                    """);
            error(result, "basics/questions.yaml", 8, 17, "`difficulty` must be a whole number from 1 to 5, not `7`");
        }

        @Test
        void emptyTexts() {
            LoadResult result = loadQuestions("""
                    questions:
                      - id: q1
                        topic: strokes
                        type: single
                        prompt: ""
                        choices:
                          - text: "  "
                            correct: true
                          - text: Tapotement
                            feedback:
                        explanation:
                    """);
            String file = "basics/questions.yaml";
            error(result, file, 5, 13, "`prompt` is empty; write the text");
            error(result, file, 7, 15, "`text` is empty; write the text");
            Problem feedback = result.errors().stream().filter(p -> p.message().startsWith("`feedback`")).findFirst()
                    .orElseThrow();
            assertThat(feedback.line()).isEqualTo(10);
            assertThat(feedback.message()).isEqualTo("`feedback` is empty; write it or remove the key");
            Problem explanation = result.errors().stream().filter(p -> p.message().startsWith("`explanation`"))
                    .findFirst().orElseThrow();
            assertThat(explanation.line()).isEqualTo(11);
            assertThat(explanation.message()).isEqualTo("`explanation` is empty; write the text");
        }

        @Test
        void emptyListItem() {
            LoadResult result = loadQuestions("""
                    questions:
                      - id: q1
                        topic: strokes
                        type: short
                        prompt: Name the gliding stroke.
                        answers: ["", effleurage]
                        explanation: It glides.
                    """);
            onlyProblem(result, error(result, "basics/questions.yaml", 6, 15,
                    "item 1 of `answers` is empty; write it or remove the item"));
        }

        @Test
        void badlySpeltIdGetsACorrectedSuggestion() {
            LoadResult result = loadQuestions("""
                    questions:
                      - id: Q_1
                        topic: strokes
                        type: true-false
                        prompt: Effleurage is a gliding stroke.
                        answer: true
                        explanation: It glides.
                    """);
            onlyProblem(result, error(result, "basics/questions.yaml", 2, 9,
                    "question id `Q_1` may contain only lowercase letters, digits and single hyphens; write `q-1`"));
        }
    }

    // ---- question types ---------------------------------------------------------------------------------------

    @Nested
    class QuestionTypes {

        private static final String HEAD = """
                questions:
                  - id: q1
                    topic: strokes
                """;

        @Test
        void unknownTypeWithDidYouMean() {
            LoadResult result = loadQuestions(HEAD + """
                        type: singel
                        prompt: Which stroke glides?
                        choices: [{ text: Effleurage, correct: true }, { text: Tapotement }]
                        explanation: It glides.
                    """);
            onlyProblem(result, error(result, "basics/questions.yaml", 4, 11,
                    "unknown question type `singel`; did you mean `single`? (use one of: single, multiple, true-false, "
                            + "short, matching, ordering, cloze, numerical)"));
        }

        @Test
        void fieldOfAnotherType() {
            LoadResult result = loadQuestions(HEAD + """
                        type: true-false
                        prompt: Effleurage glides.
                        answer: true
                        choices: [{ text: Yes, correct: true }, { text: No }]
                        explanation: It glides.
                    """);
            onlyProblem(result, error(result, "basics/questions.yaml", 7, 5,
                    "`choices` is not used by type `true-false`; remove it (a `true-false` question uses `answer`)"));
        }

        @Test
        void singleWithTwoCorrectChoices() {
            LoadResult result = loadQuestions(HEAD + """
                        type: single
                        prompt: Which stroke glides?
                        choices:
                          - { text: Effleurage, correct: true }
                          - { text: Gliding, correct: true }
                          - { text: Tapotement }
                        explanation: It glides.
                    """);
            onlyProblem(result, error(result, "basics/questions.yaml", 6, 5,
                    "a `single` question needs exactly one correct choice, found 2; keep `correct: true` on one "
                            + "choice only, or use `type: multiple`"));
        }

        @Test
        void singleWithNoCorrectChoice() {
            LoadResult result = loadQuestions(HEAD + """
                        type: single
                        prompt: Which stroke glides?
                        choices: [{ text: Effleurage }, { text: Tapotement }]
                        explanation: It glides.
                    """);
            error(result, "basics/questions.yaml", 6, 5, "exactly one correct choice, found none; mark the right one");
        }

        @Test
        void multipleWithNoCorrectChoice() {
            LoadResult result = loadQuestions(HEAD + """
                        type: multiple
                        prompt: Which strokes glide?
                        choices: [{ text: Effleurage, correct: false }, { text: Tapotement }]
                        explanation: It glides.
                    """);
            error(result, "basics/questions.yaml", 6, 5, "a `multiple` question needs at least one correct choice");
        }

        @Test
        void tooFewChoices() {
            LoadResult result = loadQuestions(HEAD + """
                        type: single
                        prompt: Which stroke glides?
                        choices: [{ text: Effleurage, correct: true }]
                        explanation: It glides.
                    """);
            onlyProblem(result, error(result, "basics/questions.yaml", 6, 5,
                    "`choices` needs at least 2 choices, found 1; add 1 more"));
        }

        @Test
        void choiceThatIsNotAMapping() {
            LoadResult result = loadQuestions(HEAD + """
                        type: single
                        prompt: Which stroke glides?
                        choices:
                          - { text: Effleurage, correct: true }
                          - Tapotement
                        explanation: It glides.
                    """);
            onlyProblem(result, error(result, "basics/questions.yaml", 8, 9,
                    "each item of `choices` must be a mapping such as `{ text: ..., correct: true }`, not `Tapotement`"));
        }

        @Test
        void duplicateChoicesIgnoringCaseAndSpaces() {
            LoadResult result = loadQuestions(HEAD + """
                        type: single
                        prompt: Which stroke glides?
                        choices:
                          - { text: Long  gliding stroke, correct: true }
                          - { text: Tapotement }
                          - { text: long gliding STROKE }
                        explanation: It glides.
                    """);
            onlyProblem(result, error(result, "basics/questions.yaml", 9, 17,
                    "choice `long gliding STROKE` repeats the choice at line 7; make every choice different"));
        }

        @Test
        void trueFalseWithoutAnswer() {
            LoadResult result = loadQuestions(HEAD + """
                        type: true-false
                        prompt: Effleurage glides.
                        explanation: It glides.
                    """);
            onlyProblem(result, error(result, "basics/questions.yaml", 2, 5,
                    "question `q1` is missing required key `answer` (a `true-false` question needs `answer: true` or "
                            + "`answer: false`)"));
        }

        @Test
        void shortWithoutAcceptedAnswers() {
            LoadResult result = loadQuestions(HEAD + """
                        type: short
                        prompt: Name the gliding stroke.
                        answers: []
                        explanation: It glides.
                    """);
            onlyProblem(result, error(result, "basics/questions.yaml", 6, 14,
                    "`answers` needs at least one accepted answer"));
        }

        @Test
        void matchingWithDuplicateLeftAndRight() {
            LoadResult result = loadQuestions(HEAD + """
                        type: matching
                        prompt: Match stroke and effect.
                        pairs:
                          - { left: Effleurage, right: Glides }
                          - { left: effleurage, right: Kneads }
                          - { left: Tapotement, right: glides }
                        explanation: Each stroke has a purpose.
                    """);
            error(result, "basics/questions.yaml", 8, 17,
                    "`left` `effleurage` appears twice in `pairs` (first at line 7); every left side must be different");
            error(result, "basics/questions.yaml", 9, 36,
                    "`right` `glides` appears twice in `pairs` (first at line 7); every right side must be different");
            assertThat(result.errors()).hasSize(2);
        }

        @Test
        void matchingWithOnePair() {
            LoadResult result = loadQuestions(HEAD + """
                        type: matching
                        prompt: Match stroke and effect.
                        pairs:
                          - { left: Effleurage, right: Glides }
                        explanation: Each stroke has a purpose.
                    """);
            onlyProblem(result, error(result, "basics/questions.yaml", 6, 5, "`pairs` needs at least 2 pairs, found 1"));
        }

        @Test
        void matchingPairWithoutRight() {
            LoadResult result = loadQuestions(HEAD + """
                        type: matching
                        prompt: Match stroke and effect.
                        pairs:
                          - { left: Effleurage, right: Glides }
                          - { left: Tapotement }
                        explanation: Each stroke has a purpose.
                    """);
            onlyProblem(result, error(result, "basics/questions.yaml", 8, 9,
                    "pair 2 is missing required key `right`"));
        }

        @Test
        void orderingWithDuplicateStep() {
            LoadResult result = loadQuestions(HEAD + """
                        type: ordering
                        prompt: Order the session.
                        sequence:
                          - Warm up
                          - Work specific areas
                          - warm up
                        explanation: General, specific, general.
                    """);
            onlyProblem(result, error(result, "basics/questions.yaml", 9, 9,
                    "`sequence` item `warm up` appears twice (first at line 7); every step must be different"));
        }

        @Test
        void orderingWithOneStep() {
            LoadResult result = loadQuestions(HEAD + """
                        type: ordering
                        prompt: Order the session.
                        sequence: [Warm up]
                        explanation: General, specific, general.
                    """);
            error(result, "basics/questions.yaml", 6, 5, "`sequence` needs at least 2 items, found 1");
        }

        @Test
        void criticalQuestionWithoutSources() {
            LoadResult result = loadQuestions(HEAD + """
                        type: true-false
                        critical: true
                        prompt: A warm swollen calf can be massaged.
                        answer: false
                        explanation: It may be a clot.
                    """);
            onlyProblem(result, error(result, "basics/questions.yaml", 5, 5,
                    "a critical question needs at least one entry in `sources`"));
        }

        @Test
        void criticalQuestionWithEmptySourceList() {
            LoadResult result = loadQuestions(HEAD + """
                        type: true-false
                        critical: true
                        prompt: A warm swollen calf can be massaged.
                        answer: false
                        explanation: It may be a clot.
                        sources: []
                    """);
            onlyProblem(result, error(result, "basics/questions.yaml", 9, 14,
                    "a critical question needs at least one entry in `sources`"));
        }
    }

    // ---- references and ids across files ----------------------------------------------------------------------

    @Nested
    class References {

        private void addModule(String id, String prerequisites, String questions) {
            files.put("program.yaml", "title: Test program\nmodules: [basics, " + id + "]\n");
            files.put(id + "/module.yaml", "id: " + id + "\ntitle: Extra\ntopics: [{ id: extra-topic, title: Extra }]\n"
                    + prerequisites);
            files.put(id + "/lessons/extra.md", "---\nid: extra-lesson\ntitle: Extra\ntopic: extra-topic\n---\nText.\n");
            files.put(id + "/questions.yaml", questions);
        }

        @Test
        void duplicateQuestionIdAcrossModulesNamesTheFirstPlace() {
            addModule("extra", "", """
                    questions:
                      - id: q1
                        topic: extra-topic
                        type: true-false
                        prompt: Again?
                        answer: true
                        explanation: Yes.
                    """);
            LoadResult result = load();
            onlyProblem(result, error(result, "extra/questions.yaml", 2, 9, "duplicate question id `q1`; it is "
                    + "already used at " + root.resolve("basics/questions.yaml") + ":2:9; give this question a new id"));
        }

        @Test
        void duplicateQuestionIdInOneFile() {
            LoadResult result = loadQuestions("""
                    questions:
                      - { id: q1, topic: strokes, type: true-false, prompt: One, answer: true, explanation: x }
                      - { id: q1, topic: strokes, type: true-false, prompt: Two, answer: true, explanation: x }
                    """);
            onlyProblem(result, error(result, "basics/questions.yaml", 3, 11,
                    "duplicate question id `q1`; it is already used at line 2"));
        }

        @Test
        void duplicateLessonId() {
            files.put("basics/lessons/zz-more.md", "---\nid: strokes-lesson\ntitle: More\ntopic: strokes\n---\nMore.\n");
            LoadResult result = load();
            onlyProblem(result, error(result, "basics/lessons/zz-more.md", 2, 5, "duplicate lesson id `strokes-lesson`; "
                    + "it is already used at " + root.resolve("basics/lessons/strokes.md") + ":2:5"));
        }

        @Test
        void duplicateTopicId() {
            LoadResult result = loadWith("basics/module.yaml", """
                    id: basics
                    title: Basics
                    topics:
                      - id: strokes
                        title: Strokes
                      - id: strokes
                        title: Strokes again
                    """);
            onlyProblem(result, error(result, "basics/module.yaml", 6, 9,
                    "duplicate topic id `strokes` (first at line 4); give each topic its own id"));
        }

        @Test
        void duplicateCaseId() {
            LoadResult result = loadWith("basics/module.yaml", """
                    id: basics
                    title: Basics
                    topics: [{ id: strokes, title: Strokes }]
                    cases:
                      - { id: calf, title: Calf, text: A swollen calf. }
                      - { id: calf, title: Calf 2, text: Another calf. }
                    """);
            onlyProblem(result, error(result, "basics/module.yaml", 6, 11,
                    "duplicate case id `calf` (first at line 5); give each case its own id"));
        }

        @Test
        void duplicateModuleInProgram() {
            LoadResult result = loadWith("program.yaml", """
                    title: Test program
                    modules:
                      - basics
                      - basics
                    """);
            onlyProblem(result, error(result, "program.yaml", 4, 5,
                    "module `basics` is listed twice in `modules` (first at line 3); remove one"));
        }

        @Test
        void unknownTopicWithDidYouMean() {
            LoadResult result = loadQuestions("""
                    questions:
                      - id: q1
                        topic: stroke
                        type: true-false
                        prompt: Effleurage is a gliding stroke.
                        answer: true
                        explanation: It glides.
                    """);
            onlyProblem(result, error(result, "basics/questions.yaml", 3, 12,
                    "unknown topic `stroke`; did you mean `strokes`?"));
        }

        @Test
        void unknownTopicWithoutNearMatchSaysWhereToDeclareIt() {
            LoadResult result = loadQuestions("""
                    questions:
                      - id: q1
                        topic: history
                        type: true-false
                        prompt: Effleurage is a gliding stroke.
                        answer: true
                        explanation: It glides.
                    """);
            onlyProblem(result, error(result, "basics/questions.yaml", 3, 12, "unknown topic `history`; declare it "
                    + "under `topics:` in " + root.resolve("basics/module.yaml") + " (declared: strokes)"));
        }

        @Test
        void lessonWithUnknownTopic() {
            LoadResult result = loadWith("basics/lessons/strokes.md",
                    "---\nid: strokes-lesson\ntitle: Strokes\ntopic: strokez\n---\nText.\n");
            error(result, "basics/lessons/strokes.md", 4, 8, "unknown topic `strokez`; did you mean `strokes`?");
        }

        @Test
        void unknownCase() {
            LoadResult result = loadQuestions("""
                    questions:
                      - id: q1
                        topic: strokes
                        case: calf
                        type: true-false
                        prompt: Effleurage is a gliding stroke.
                        answer: true
                        explanation: It glides.
                    """);
            onlyProblem(result, error(result, "basics/questions.yaml", 4, 11,
                    "unknown case `calf`; declare it under `cases:` in " + root.resolve("basics/module.yaml")));
        }

        @Test
        void unknownPrerequisite() {
            LoadResult result = loadWith("basics/module.yaml", """
                    id: basics
                    title: Basics
                    topics: [{ id: strokes, title: Strokes }]
                    prerequisites: [anatomy]
                    """);
            onlyProblem(result, error(result, "basics/module.yaml", 4, 17,
                    "unknown prerequisite module `anatomy`; use a module id listed in program.yaml `modules`"));
        }

        @Test
        void prerequisiteCycleIsNamed() {
            files.put("basics/module.yaml", "id: basics\ntitle: Basics\ntopics: [{ id: strokes, title: S }]\n"
                    + "prerequisites: [extra]\n");
            addModule("extra", "prerequisites:\n  - basics\n", """
                    questions:
                      - { id: e1, topic: extra-topic, type: true-false, prompt: P, answer: true, explanation: x }
                    """);
            LoadResult result = load();
            onlyProblem(result, error(result, "extra/module.yaml", 5, 5,
                    "prerequisites form a cycle: basics -> extra -> basics (each module requires the next); remove one"));
        }

        @Test
        void moduleThatRequiresItself() {
            LoadResult result = loadWith("basics/module.yaml",
                    "id: basics\ntitle: Basics\ntopics: [{ id: strokes, title: S }]\nprerequisites: [basics]\n");
            onlyProblem(result, error(result, "basics/module.yaml", 4, 17, "prerequisites form a cycle: basics -> basics"));
        }

        @Test
        void moduleListedWithoutFolder() {
            LoadResult result = loadWith("program.yaml", """
                    title: Test program
                    modules:
                      - basics
                      - basic-anatomy
                    """);
            onlyProblem(result, error(result, "program.yaml", 4, 5, "module `basic-anatomy` has no folder; create "
                    + root.resolve("basic-anatomy/module.yaml") + " or remove `basic-anatomy` from `modules`"));
        }

        @Test
        void folderNotListedInProgram() {
            addModule("extra", "", "questions: []\n");
            files.put("program.yaml", "title: Test program\nmodules: [basics]\n");
            LoadResult result = load();
            onlyProblem(result, error(result, "program.yaml", 2, 1,
                    "module folder `extra` is not listed in `modules`; add `extra` (in study order) or remove the folder"));
        }

        @Test
        void blueprintNamesUnknownModule() {
            LoadResult result = loadWith("program.yaml", """
                    title: Test program
                    modules: [basics]
                    blueprint:
                      basics: 0.5
                      basic: 0.5
                    """);
            onlyProblem(result, error(result, "program.yaml", 5, 3,
                    "blueprint names unknown module `basic`; did you mean `basics`?"));
        }

        @Test
        void blueprintShareMustBePositiveNumber() {
            LoadResult result = loadWith("program.yaml", """
                    title: Test program
                    modules: [basics]
                    blueprint:
                      basics: "0.5"
                    """);
            onlyProblem(result, error(result, "program.yaml", 4, 11, "the share of `basics` must be a number greater "
                    + "than 0 (e.g. `0.25`), not the quoted text `0.5`; remove the quotes"));
        }

        @Test
        void examDateMustBeWrittenYearMonthDay() {
            LoadResult result = loadWith("program.yaml", """
                    title: Test program
                    modules: [basics]
                    exam-date: 14/03/2027
                    """);
            onlyProblem(result, error(result, "program.yaml", 3, 12,
                    "`exam-date` must be a date written YYYY-MM-DD (e.g. `2027-03-14`), not `14/03/2027`"));
        }

        @Test
        void examDateMustBeACalendarDay() {
            LoadResult result = loadWith("program.yaml", """
                    title: Test program
                    modules: [basics]
                    exam-date: 2027-02-30
                    """);
            onlyProblem(result, error(result, "program.yaml", 3, 12,
                    "`exam-date` 2027-02-30 is not a day of the calendar; write a real date as YYYY-MM-DD"));
        }

        @Test
        void aValidExamDateIsTheCohortDefault() {
            LoadResult result = loadWith("program.yaml", """
                    title: Test program
                    modules: [basics]
                    exam-date: 2027-03-14
                    """);
            assertThat(result.errors()).isEmpty();
            assertThat(result.curriculum().program().examDate()).isEqualTo(java.time.LocalDate.of(2027, 3, 14));
        }

        @Test
        void criticalRetentionIsARetentionFromEightyToNinetyNine() {
            LoadResult result = loadWith("program.yaml", """
                    title: Test program
                    modules: [basics]
                    critical-retention: 1.2
                    """);
            onlyProblem(result, error(result, "program.yaml", 3, 21, "`critical-retention` is the desired retention of "
                    + "safety-critical questions: a number from 0.80 to 0.99 (e.g. `0.95`), not "));
        }

        @Test
        void moduleIdDiffersFromFolderName() {
            LoadResult result = loadWith("basics/module.yaml", """
                    id: basic
                    title: Basics
                    topics: [{ id: strokes, title: Strokes }]
                    """);
            onlyProblem(result, error(result, "basics/module.yaml", 1, 5, "module id `basic` does not match its folder "
                    + "name `basics`; change `id` to `basics` or rename the folder"));
        }
    }

    // ---- missing files and lessons ----------------------------------------------------------------------------

    @Nested
    class FilesAndLessons {

        @Test
        void curriculumFolderMissing() {
            LoadResult result = new CurriculumLoader().load(tmp.resolve("nowhere"));
            assertThat(result.problems()).singleElement().satisfies(p -> {
                assertThat(p.file()).isEqualTo(tmp.resolve("nowhere").toString());
                assertThat(p.message()).contains("curriculum folder not found");
            });
        }

        @Test
        void programYamlMissing() {
            files.remove("program.yaml");
            LoadResult result = load();
            onlyProblem(result, error(result, "program.yaml", 1, 1, "program.yaml is missing; create it with `title:`"));
        }

        @Test
        void moduleYamlMissing() {
            files.remove("basics/module.yaml");
            LoadResult result = load();
            onlyProblem(result, error(result, "basics/module.yaml", 1, 1,
                    "the module folder `basics` has no module.yaml; add one with `id: basics`"));
        }

        @Test
        void questionsYamlMissingIsOnlyAWarning() {
            files.remove("basics/questions.yaml");
            LoadResult result = load();
            assertThat(result.ok()).isTrue();
            onlyProblem(result, warning(result, "basics/questions.yaml", 1, 1, "the module has no questions.yaml"));
        }

        @Test
        void lessonWithoutFrontMatter() {
            LoadResult result = loadWith("basics/lessons/strokes.md", "# Strokes\n\nEffleurage glides.\n");
            onlyProblem(result, error(result, "basics/lessons/strokes.md", 1, 1, "the lesson has no front matter; "
                    + "start the file with a `---` line"));
        }

        @Test
        void lessonFrontMatterNotClosed() {
            LoadResult result = loadWith("basics/lessons/strokes.md", "---\nid: strokes-lesson\ntitle: Strokes\n");
            onlyProblem(result, error(result, "basics/lessons/strokes.md", 1, 1, "the front matter is not closed"));
        }

        @Test
        void lessonFrontMatterSyntaxErrorHasFileLineNumbers() {
            LoadResult result = loadWith("basics/lessons/strokes.md", """
                    ---
                    id: strokes-lesson
                    title: Strokes: the basics
                    topic: strokes
                    ---
                    Text.
                    """);
            onlyProblem(result, error(result, "basics/lessons/strokes.md", 3, 15,
                    "YAML syntax error: mapping values are not allowed here"));
        }

        @Test
        void lessonFrontMatterMissingTopicAndUnknownKey() {
            LoadResult result = loadWith("basics/lessons/strokes.md", """
                    ---
                    id: strokes-lesson
                    title: Strokes
                    sorces: [Fritz]
                    ---
                    Text.
                    """);
            error(result, "basics/lessons/strokes.md", 2, 1, "the front matter is missing required key `topic`");
            error(result, "basics/lessons/strokes.md", 4, 1, "unknown key `sorces`; did you mean `sources`?");
        }

        @Test
        void lessonWithEmptyFrontMatterAndBody() {
            LoadResult result = loadWith("basics/lessons/strokes.md", "---\n---\n\n");
            error(result, "basics/lessons/strokes.md", 1, 1, "the file is empty; it must contain `id`, `title` and `topic`");
            error(result, "basics/lessons/strokes.md", 2, 1, "the lesson has no text after the front matter");
        }
    }

    // ---- warnings ---------------------------------------------------------------------------------------------

    @Nested
    class Warnings {

        @Test
        void veryLongPrompt() {
            String prompt = "A client asks about effleurage. ".repeat(14).strip();
            LoadResult result = loadQuestions("""
                    questions:
                      - id: q1
                        topic: strokes
                        type: true-false
                        prompt: %s
                        answer: true
                        explanation: It glides.
                    """.formatted(prompt));
            assertThat(result.ok()).isTrue();
            onlyProblem(result, warning(result, "basics/questions.yaml", 5, 13,
                    "the prompt is " + prompt.length() + " characters long; keep it under 400"));
            assertThat(result.warnings().get(0).format()).contains(":5:13: warning: the prompt is");
        }

        @Test
        void questionTopicWithoutLesson() {
            files.put("basics/module.yaml", "id: basics\ntitle: Basics\ntopics:\n  - { id: strokes, title: Strokes }\n"
                    + "  - { id: oils, title: Oils }\n");
            LoadResult result = loadQuestions("""
                    questions:
                      - id: q1
                        topic: oils
                        type: true-false
                        prompt: Jojoba is a wax.
                        answer: true
                        explanation: Chemically it is a liquid wax.
                    """);
            assertThat(result.ok()).isTrue();
            onlyProblem(result, warning(result, "basics/questions.yaml", 3, 12, "no lesson covers topic `oils`; add a "
                    + "lesson with `topic: oils` under " + root.resolve("basics/lessons")));
        }

        @Test
        void allOfTheAboveChoice() {
            LoadResult result = loadQuestions("""
                    questions:
                      - id: q1
                        topic: strokes
                        type: single
                        prompt: Which strokes glide?
                        choices:
                          - text: Effleurage
                          - text: Stroking
                          - text: All of the above
                            correct: true
                        explanation: Both glide.
                    """);
            assertThat(result.ok()).isTrue();
            onlyProblem(result, warning(result, "basics/questions.yaml", 9, 15,
                    "choice `All of the above` depends on the other choices"));
        }

        @Test
        void blueprintSharesNotSummingToOne() {
            LoadResult result = loadWith("program.yaml", """
                    title: Test program
                    modules: [basics]
                    blueprint:
                      basics: 0.9
                    """);
            assertThat(result.ok()).isTrue();
            onlyProblem(result, warning(result, "program.yaml", 3, 1,
                    "blueprint shares add up to 0.9, not 1; adjust them so they sum to 1"));
        }

        @Test
        void misnamedFileInAModuleFolder() {
            files.put("basics/question.yaml", "questions: []\n");
            LoadResult result = load();
            assertThat(result.ok()).isTrue();
            onlyProblem(result, warning(result, "basics/question.yaml", 1, 1,
                    "`question.yaml` is ignored; a module folder holds module.yaml, questions.yaml and lessons/*.md; "
                            + "did you mean `questions.yaml`?"));
        }
    }

    // ---- reporting as a whole ---------------------------------------------------------------------------------

    @Nested
    class Reporting {

        @Test
        void everyProblemInEveryFileIsReportedSortedByFileLineColumn() {
            files.put("program.yaml", "title: Test program\nmodules: [basics]\nblueprint: { basics: 1 }\ntitel: x\n");
            files.put("basics/lessons/strokes.md", "no front matter\n");
            LoadResult result = loadQuestions("""
                    questions:
                      - id: q1
                        topic: strokes
                        type: single
                        prompt: Which?
                        choices: [{ text: A }, { text: B }]
                        explanaton: x
                      - id: q1
                        topic: nope
                        type: true-false
                        prompt: ""
                        answer: true
                        explanation: y
                    """);
            List<String> formatted = result.problems().stream().map(Problem::format).toList();
            String q = root.resolve("basics/questions.yaml").toString();
            assertThat(formatted).containsExactly(
                    root.resolve("basics/lessons/strokes.md") + ":1:1: the lesson has no front matter; start the file "
                            + "with a `---` line, then `id:`, `title:` and `topic:` lines, then a closing `---` line, "
                            + "then the lesson text",
                    q + ":2:5: question `q1` is missing required key `explanation`; add `explanation: ...`",
                    q + ":6:5: a `single` question needs exactly one correct choice, found none; mark the right one "
                            + "with `correct: true`",
                    q + ":7:5: unknown key `explanaton`; did you mean `explanation`?",
                    q + ":8:9: duplicate question id `q1`; it is already used at line 2; give this question a new id, "
                            + "and keep the old one on the question learners have been answering (their history follows its id)",
                    q + ":9:12: unknown topic `nope`; declare it under `topics:` in "
                            + root.resolve("basics/module.yaml") + " (declared: strokes)",
                    q + ":11:13: `prompt` is empty; write the text",
                    root.resolve("program.yaml") + ":4:1: unknown key `titel`; did you mean `title`?");
        }

        @Test
        void pathsReadAsTheCallerPassedTheFolder() {
            files.put("basics/questions.yaml", "questions:\n  - id: q1\n    topic: strokes\n");
            TestFiles.write(root, files);
            Path relative = Path.of("").toAbsolutePath().relativize(root);
            LoadResult result = new CurriculumLoader().load(relative);
            assertThat(result.errors()).first().satisfies(p ->
                    assertThat(p.format()).startsWith(relative.resolve("basics/questions.yaml") + ":2:5: "));
        }
    }

    // ---- safety rules: safety-rules.yaml and the questions that name its rules --------------------------------

    @Nested
    class SafetyRules {

        private static final String RULES = """
                rules:
                  - id: dvt-postpone
                    rule: A possible deep vein thrombosis means no massage at all; refer the same day.
                    sources: [NICE NG158]
                """;

        /** A critical question on lines 2-9 of basics/questions.yaml; {@code rulesLine} goes after `critical: true`. */
        private LoadResult loadCritical(String rules, String rulesLine) {
            files.put("safety-rules.yaml", rules);
            return loadQuestions("""
                    questions:
                      - id: q1
                        topic: strokes
                        type: true-false
                        critical: true
                    %s    prompt: A warm, swollen calf can be massaged if you avoid the calf.
                        answer: false
                        explanation: A possible clot means no massage at all.
                        sources: [NICE NG158]
                    """.formatted(rulesLine));
        }

        @Test
        void aCriticalQuestionNamingADeclaredRuleLoadsCleanly() {
            LoadResult result = loadCritical(RULES, "    rules: [dvt-postpone]\n");
            assertThat(result.problems()).as(TestFiles.dump(result.problems())).isEmpty();
            Curriculum curriculum = result.curriculum();
            assertThat(curriculum.safetyRules()).containsExactly(new SafetyRule("dvt-postpone",
                    "A possible deep vein thrombosis means no massage at all; refer the same day.", List.of("NICE NG158")));
            assertThat(curriculum.question("q1").orElseThrow().rules()).containsExactly("dvt-postpone");
            assertThat(curriculum.questionsTesting("dvt-postpone")).extracting(Question::id).containsExactly("q1");
        }

        @Test
        void unknownRuleIdWithDidYouMean() {
            LoadResult result = loadCritical(RULES, "    rules: [dvt-postpon]\n");
            onlyProblemsAre(result, error(result, "basics/questions.yaml", 6, 13,
                            "unknown safety rule `dvt-postpon`; did you mean `dvt-postpone`?"),
                    warning(result, "safety-rules.yaml", 2, 9, "no question tests safety rule `dvt-postpone`"));
        }

        @Test
        void unknownRuleIdWithoutNearMatchSaysWhereRulesAreDeclared() {
            LoadResult result = loadCritical(RULES, "    rules: [dvt-postpone, no-heat-on-neuropathy]\n");
            onlyProblem(result, error(result, "basics/questions.yaml", 6, 27, "unknown safety rule "
                    + "`no-heat-on-neuropathy`; declare it in " + root.resolve("safety-rules.yaml")));
        }

        @Test
        void aCriticalQuestionWithNoRuleIsAnErrorAtItsCriticalKey() {
            LoadResult result = loadCritical(RULES, "");
            onlyProblemsAre(result, error(result, "basics/questions.yaml", 5, 5,
                            "a critical question must name the safety rule(s) it tests; add `rules: [rule-id]`"),
                    warning(result, "safety-rules.yaml", 2, 9, "no question tests safety rule `dvt-postpone`"));
        }

        @Test
        void anEmptyRulesListCountsAsNoRule() {
            LoadResult result = loadCritical(RULES, "    rules: []\n");
            error(result, "basics/questions.yaml", 5, 5, "a critical question must name the safety rule(s) it tests");
        }

        @Test
        void aRuleThatNoQuestionTestsIsOnlyAWarning() {
            files.put("safety-rules.yaml", RULES);
            LoadResult result = load();
            onlyProblem(result, warning(result, "safety-rules.yaml", 2, 9, "no question tests safety rule "
                    + "`dvt-postpone`; add `rules: [dvt-postpone]` to a question that tests it, or write one"));
            assertThat(result.ok()).isTrue();
        }

        @Test
        void aNonCriticalQuestionMayNameRulesToo() {
            files.put("safety-rules.yaml", RULES);
            LoadResult result = loadQuestions("""
                    questions:
                      - id: q1
                        topic: strokes
                        type: true-false
                        rules: [dvt-postpone]
                        prompt: A warm, swollen calf can be massaged if you avoid the calf.
                        answer: false
                        explanation: A possible clot means no massage at all.
                    """);
            assertThat(result.problems()).as(TestFiles.dump(result.problems())).isEmpty();
        }

        @Test
        void namingARuleWithoutASafetyRulesFileIsAnError() {
            LoadResult result = loadQuestions("""
                    questions:
                      - id: q1
                        topic: strokes
                        type: true-false
                        rules: [dvt-postpone]
                        prompt: A warm, swollen calf can be massaged if you avoid the calf.
                        answer: false
                        explanation: A possible clot means no massage at all.
                    """);
            onlyProblem(result, error(result, "basics/questions.yaml", 5, 13, "unknown safety rule `dvt-postpone`: "
                    + "this curriculum has no safety-rules.yaml; create " + root.resolve("safety-rules.yaml")));
        }

        @Test
        void withoutASafetyRulesFileCriticalQuestionsNeedNoRule() {
            LoadResult result = loadQuestions("""
                    questions:
                      - id: q1
                        topic: strokes
                        type: true-false
                        critical: true
                        prompt: A warm, swollen calf can be massaged if you avoid the calf.
                        answer: false
                        explanation: A possible clot means no massage at all.
                        sources: [NICE NG158]
                    """);
            assertThat(result.problems()).as(TestFiles.dump(result.problems())).isEmpty();
        }

        @Test
        void duplicateRuleIdNamesTheFirstLine() {
            LoadResult result = loadCritical(RULES + """
                      - id: dvt-postpone
                        rule: Said again, differently.
                        sources: [Werner 2019]
                    """, "    rules: [dvt-postpone]\n");
            onlyProblem(result, error(result, "safety-rules.yaml", 5, 9,
                    "duplicate safety rule id `dvt-postpone` (first at line 2); state each rule once, under one id"));
        }

        @Test
        void aRuleNeedsItsTextAndSources() {
            LoadResult result = loadCritical("""
                    rules:
                      - id: dvt-postpone
                        rule:
                        sources: []
                      - id: percussion-anticoagulants
                        rule: No percussion device on a client taking an anticoagulant unless the prescriber agrees.
                    """, "    rules: [dvt-postpone]\n");
            error(result, "safety-rules.yaml", 3, 10, "`rule` is empty");
            error(result, "safety-rules.yaml", 4, 14, "a safety rule needs at least one entry in `sources`");
            error(result, "safety-rules.yaml", 5, 5, "safety rule `percussion-anticoagulants` is missing required "
                    + "key `sources`");
            assertThat(result.errors()).as("a rule in error is still declared: no `unknown safety rule` on top")
                    .noneMatch(p -> p.message().contains("unknown safety rule"));
        }

        @Test
        void unknownKeyAndBadIdInTheRulesFile() {
            LoadResult result = loadCritical("""
                    rules:
                      - id: DVT_postpone
                        rule: A possible deep vein thrombosis means no massage at all.
                        sources: [NICE NG158]
                        severity: high
                    """, "    rules: [dvt-postpone]\n");
            error(result, "safety-rules.yaml", 2, 9, "safety rule id `DVT_postpone` may contain only lowercase "
                    + "letters, digits and single hyphens; write `dvt-postpone`");
            error(result, "safety-rules.yaml", 5, 5, "unknown key `severity`; allowed keys here: id, rule, sources");
        }

        @Test
        void anUnreadableRulesFileIsReportedOnceNotOncePerQuestion() {
            LoadResult result = loadCritical("rules: [dvt-postpone\n", "    rules: [dvt-postpone]\n");
            assertThat(result.errors()).as(TestFiles.dump(result.problems()))
                    .allSatisfy(p -> assertThat(p.file()).isEqualTo(root.resolve("safety-rules.yaml").toString()))
                    .isNotEmpty();
        }

        private void onlyProblemsAre(LoadResult result, Problem... expected) {
            assertThat(result.problems()).as(TestFiles.dump(result.problems())).containsExactlyInAnyOrder(expected);
        }
    }

    // ---- the MBLEx outline: mblex.yaml and the mblex: tags of topics and questions ------------------------------

    @Nested
    class Mblex {

        private static final String OUTLINE = """
                sources: [FSMTB MBLEx Content Outline]
                areas:
                  - { id: anatomy, title: Anatomy and Physiology, weight: 11 }
                  - { id: kinesiology, title: Kinesiology, weight: 12 }
                  - { id: pathology, title: "Pathology, Contraindications, Areas of Caution, Special Populations", weight: 14 }
                  - { id: benefits, title: Benefits and Physiological Effects of Techniques, weight: 15 }
                  - { id: assessment, title: "Client Assessment, Reassessment and Treatment Planning", weight: 17 }
                  - { id: ethics, title: "Ethics, Boundaries, Laws and Regulations", weight: 16 }
                  - { id: practice, title: Guidelines for Professional Practice, weight: 15 }
                """;
        private static final String IDS = "anatomy, kinesiology, pathology, benefits, assessment, ethics, practice";

        /** The minimal curriculum with the outline and {@code topic} as the one topic line of module.yaml (line 4). */
        private LoadResult loadWithTopic(String topic) {
            files.put("mblex.yaml", OUTLINE);
            return loadWith("basics/module.yaml", """
                    id: basics
                    title: Basics
                    topics:
                    %s
                    """.formatted(topic));
        }

        @Test
        void aQuestionTakesItsTopicsAreaUnlessItNamesItsOwn() {
            loadWithTopic("  - { id: strokes, title: Strokes, mblex: benefits }");
            LoadResult result = loadQuestions("""
                    questions:
                      - id: q1
                        topic: strokes
                        type: true-false
                        prompt: Effleurage is a gliding stroke.
                        answer: true
                        explanation: It glides along the muscle.
                      - id: q2
                        topic: strokes
                        mblex: pathology
                        type: true-false
                        prompt: Tapotement over the kidneys is fine.
                        answer: false
                        explanation: The kidneys are an endangerment site.
                    """);
            assertThat(result.problems()).as(TestFiles.dump(result.problems())).isEmpty();
            assertThat(result.curriculum().questions()).extracting(Question::mblex).containsExactly("benefits", "pathology");
            assertThat(result.curriculum().module("basics").orElseThrow().topics().get(0).mblex()).isEqualTo("benefits");
        }

        @Test
        void anUnknownAreaOnATopicIsAnErrorAtTheValueWithDidYouMeanAndTheAreaIds() {
            LoadResult result = loadWithTopic("  - { id: strokes, title: Strokes, mblex: benefit }");
            onlyProblem(result, error(result, "basics/module.yaml", 4, 43, "unknown MBLEx content area `benefit`; "
                    + "did you mean `benefits`? (use one of: " + IDS + ", as declared in mblex.yaml)"));
        }

        @Test
        void anUnknownAreaOnAQuestionIsAnErrorAtTheValue() {
            loadWithTopic("  - { id: strokes, title: Strokes, mblex: benefits }");
            LoadResult result = loadQuestions("""
                    questions:
                      - id: q1
                        topic: strokes
                        mblex: etics
                        type: true-false
                        prompt: Effleurage is a gliding stroke.
                        answer: true
                        explanation: It glides along the muscle.
                    """);
            onlyProblem(result, error(result, "basics/questions.yaml", 4, 12, "unknown MBLEx content area `etics`; "
                    + "did you mean `ethics`?"));
        }

        @Test
        void aQuestionWithNoAreaIsAWarningAtItsTopicNamingWhereToAddOne() {
            LoadResult result = loadWithTopic("  - { id: strokes, title: Strokes }");
            assertThat(result.ok()).isTrue();
            onlyProblem(result, warning(result, "basics/questions.yaml", 3, 12, "question `q1` has no MBLEx content area: "
                    + "add `mblex: AREA` to its topic `strokes` in module.yaml (the default for the topic's questions) or to "
                    + "the question; areas: " + IDS));
            assertThat(result.curriculum().question("q1").orElseThrow().mblex()).isNull();
        }

        @Test
        void weightsThatDoNotSumTo100AreAnErrorAtTheAreasKey() {
            LoadResult result = loadWith("mblex.yaml", OUTLINE.replace("weight: 16", "weight: 15"));
            Problem sum = error(result, "mblex.yaml", 2, 1, "the area weights add up to 99, not 100; each weight is "
                    + "the area's share of the exam in percent, so adjust them to sum to 100");
            assertThat(result.errors()).containsExactly(sum); // the untagged question is still named, as a warning
        }

        @Test
        void aDuplicateAreaIdAndABadWeightAreErrorsWhereTheyAreWritten() {
            LoadResult result = loadWith("mblex.yaml", """
                    sources: [FSMTB MBLEx Content Outline]
                    areas:
                      - { id: anatomy, title: Anatomy and Physiology, weight: 50 }
                      - { id: anatomy, title: Kinesiology, weight: 50 }
                      - { id: ethics, title: Ethics, weight: 0.16 }
                    """);
            error(result, "mblex.yaml", 4, 11, "duplicate MBLEx area id `anatomy` (first at line 3)");
            error(result, "mblex.yaml", 5, 42, "`weight` must be a whole number from 1 to 100");
        }

        @Test
        void aTagWithoutAnOutlineIsAnError() {
            LoadResult result = loadWith("basics/module.yaml", """
                    id: basics
                    title: Basics
                    topics:
                      - { id: strokes, title: Strokes, mblex: benefits }
                    """);
            onlyProblem(result, error(result, "basics/module.yaml", 4, 43, "`mblex: benefits` names an MBLEx content area, "
                    + "but the curriculum has no mblex.yaml; add the outline (see the README) or remove the tag"));
        }
    }
}
