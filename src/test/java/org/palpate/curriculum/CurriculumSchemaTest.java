package org.palpate.curriculum;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.AnnotationKeyword;
import com.networknt.schema.path.PathType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.palpate.curriculum.RandomCurricula.QuestionSpec;
import org.palpate.curriculum.RandomCurricula.Spec;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.schema.CoreSchema;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The JSON Schemas in {@code schemas/} that editors use to check curriculum files while an instructor types. They
 * must accept everything the loader accepts and, as far as JSON Schema can say it, reject what the loader rejects:
 * <ul>
 *   <li>every file of the bundled curriculum and of the test curricula validates (lessons: their front matter);</li>
 *   <li>small broken samples are rejected at the right place, and the loader rejects each of them too;</li>
 *   <li>odd but legal samples (numbers as text, empty optional lists, quoted ids with spaces) are accepted by both;</li>
 *   <li>random valid curricula in varied YAML styles validate;</li>
 *   <li>the schemas are valid draft 2020-12 and describe every property.</li>
 * </ul>
 */
class CurriculumSchemaTest {

    private static final Path SCHEMAS = Path.of("schemas");
    private static final List<Path> CURRICULA = List.of(Path.of("curriculum"),
            Path.of("src/test/resources/curricula/shell"), Path.of("src/test/resources/curricula/valid"),
            Path.of("src/test/resources/curricula/mblex"));
    private static final String DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema";

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    /** Message keywords of the YAML editor (yaml-language-server); they only change its wording, never a verdict. */
    private static final List<String> EDITOR_KEYWORDS = List.of("errorMessage", "patternErrorMessage");
    /** Draft 2020-12, knowing the editor's message keywords as annotations, with JSON Pointer error locations. */
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDialect(
            Dialect.builder(Dialects.getDraft202012())
                    .keywords(EDITOR_KEYWORDS.stream().map(AnnotationKeyword::new).toList())
                    .build(),
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().pathType(PathType.JSON_POINTER).build()));

    /** The six kinds of curriculum file, each with its schema and its place in a curriculum folder. */
    enum Kind {
        PROGRAM("program.schema.json", "program.yaml"),
        SAFETY_RULES("safety-rules.schema.json", "safety-rules.yaml"),
        MBLEX("mblex.schema.json", "mblex.yaml"),
        MODULE("module.schema.json", "basics/module.yaml"),
        QUESTIONS("questions.schema.json", "basics/questions.yaml"),
        LESSON("lesson.schema.json", "basics/lessons/strokes.md");

        final String schemaFile;
        /** Where a sample of this kind goes in {@link #minimalCurriculum()}. */
        final String sampleFile;
        private Schema schema;

        Kind(String schemaFile, String sampleFile) {
            this.schemaFile = schemaFile;
            this.sampleFile = sampleFile;
        }

        JsonNode schemaNode() {
            return JSON.readTree(read(SCHEMAS.resolve(schemaFile)));
        }

        synchronized Schema schema() {
            if (schema == null) {
                schema = REGISTRY.getSchema(schemaNode());
            }
            return schema;
        }

        /** Validates a whole file as written (for a lesson: its front matter). */
        List<Error> validate(String fileText) {
            String yaml = this == LESSON ? frontMatter(fileText) : fileText;
            return schema().validate(readYaml(yaml));
        }
    }

    // ---- (a) the real files validate ----------------------------------------------------------------------------

    static Stream<Arguments> curriculumFiles() {
        List<Arguments> files = new ArrayList<>();
        for (Path root : CURRICULA) {
            files.add(Arguments.of(Kind.PROGRAM, root.resolve("program.yaml")));
            if (Files.isRegularFile(root.resolve("safety-rules.yaml"))) {
                files.add(Arguments.of(Kind.SAFETY_RULES, root.resolve("safety-rules.yaml")));
            }
            if (Files.isRegularFile(root.resolve("mblex.yaml"))) {
                files.add(Arguments.of(Kind.MBLEX, root.resolve("mblex.yaml")));
            }
            for (Path module : list(root).stream().filter(Files::isDirectory).toList()) {
                files.add(Arguments.of(Kind.MODULE, module.resolve("module.yaml")));
                if (Files.isRegularFile(module.resolve("questions.yaml"))) {
                    files.add(Arguments.of(Kind.QUESTIONS, module.resolve("questions.yaml")));
                }
                Path lessons = module.resolve("lessons");
                if (Files.isDirectory(lessons)) {
                    list(lessons).stream().filter(f -> f.getFileName().toString().endsWith(".md"))
                            .forEach(f -> files.add(Arguments.of(Kind.LESSON, f)));
                }
            }
        }
        return files.stream();
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("curriculumFiles")
    void everyCurriculumFileValidatesAgainstItsSchema(Kind kind, Path file) {
        List<Error> errors = kind.validate(read(file));
        assertThat(errors).as("%s against %s:%s", file, kind.schemaFile, dump(errors)).isEmpty();
    }

    @Test
    void everyKindOfFileIsCovered() {
        Map<Kind, Long> counts = curriculumFiles()
                .collect(Collectors.groupingBy(a -> (Kind) a.get()[0], Collectors.counting()));
        assertThat(counts.keySet()).containsExactlyInAnyOrder(Kind.values());
        assertThat(counts.get(Kind.PROGRAM)).isEqualTo(CURRICULA.size());
        assertThat(counts.get(Kind.QUESTIONS)).isGreaterThanOrEqualTo(7);
        assertThat(counts.get(Kind.LESSON)).isGreaterThanOrEqualTo(9);
    }

    // ---- (b) broken samples are rejected where they are wrong, by the schema and by the loader --------------------

    /** A file the loader rejects; the schema must report {@code keyword} at instance location {@code at}. */
    record Broken(String name, Kind kind, String text, String at, String keyword) {
        @Override
        public String toString() {
            return kind + ": " + name;
        }
    }

    static Stream<Broken> brokenSamples() {
        return Stream.of(
                // program.yaml
                new Broken("unknown key", Kind.PROGRAM, """
                        title: Schema test
                        modules: [basics]
                        subtitle: Not a key
                        """, "", "additionalProperties"),
                new Broken("missing title", Kind.PROGRAM, """
                        modules: [basics]
                        """, "", "required"),
                new Broken("bad module id", Kind.PROGRAM, """
                        title: Schema test
                        modules: [Basics_1]
                        """, "/modules/0", "pattern"),
                new Broken("no modules", Kind.PROGRAM, """
                        title: Schema test
                        modules: []
                        """, "/modules", "minItems"),
                new Broken("module listed twice", Kind.PROGRAM, """
                        title: Schema test
                        modules: [basics, basics]
                        """, "/modules", "uniqueItems"),
                new Broken("zero share", Kind.PROGRAM, """
                        title: Schema test
                        modules: [basics]
                        blueprint: { basics: 0 }
                        """, "/blueprint/basics", "exclusiveMinimum"),
                new Broken("share as quoted text", Kind.PROGRAM, """
                        title: Schema test
                        modules: [basics]
                        blueprint: { basics: "1" }
                        """, "/blueprint/basics", "type"),
                new Broken("exam date not YYYY-MM-DD", Kind.PROGRAM, """
                        title: Schema test
                        modules: [basics]
                        exam-date: 14/03/2027
                        """, "/exam-date", "pattern"),
                new Broken("empty title", Kind.PROGRAM, """
                        title:
                        modules: [basics]
                        """, "/title", "type"),
                // mblex.yaml
                new Broken("weight as a fraction", Kind.MBLEX, """
                        sources: [FSMTB MBLEx Content Outline]
                        areas:
                          - { id: anatomy, title: Anatomy and Physiology, weight: 0.11 }
                        """, "/areas/0/weight", "type"),
                new Broken("area without a weight", Kind.MBLEX, """
                        sources: [FSMTB MBLEx Content Outline]
                        areas:
                          - { id: anatomy, title: Anatomy and Physiology }
                        """, "/areas/0", "required"),
                new Broken("no sources", Kind.MBLEX, """
                        sources: []
                        areas:
                          - { id: anatomy, title: Anatomy and Physiology, weight: 100 }
                        """, "/sources", "minItems"),
                new Broken("bad area id", Kind.MBLEX, """
                        sources: [FSMTB MBLEx Content Outline]
                        areas:
                          - { id: Anatomy_1, title: Anatomy and Physiology, weight: 100 }
                        """, "/areas/0/id", "pattern"),
                new Broken("bad topic area id", Kind.MODULE, """
                        id: basics
                        title: Basics
                        topics:
                          - { id: strokes, title: Strokes, mblex: [benefits] }
                        """, "/topics/0/mblex", "type"),
                // safety-rules.yaml
                new Broken("unknown key", Kind.SAFETY_RULES, """
                        rules:
                          - id: dvt-postpone
                            rule: Postpone the whole session.
                            sources: [NICE NG158]
                            severity: high
                        """, "/rules/0", "additionalProperties"),
                new Broken("rule without sources", Kind.SAFETY_RULES, """
                        rules:
                          - id: dvt-postpone
                            rule: Postpone the whole session.
                        """, "/rules/0", "required"),
                new Broken("rule with empty sources", Kind.SAFETY_RULES, """
                        rules:
                          - id: dvt-postpone
                            rule: Postpone the whole session.
                            sources: []
                        """, "/rules/0/sources", "minItems"),
                new Broken("bad rule id", Kind.SAFETY_RULES, """
                        rules:
                          - id: DVT_postpone
                            rule: Postpone the whole session.
                            sources: [NICE NG158]
                        """, "/rules/0/id", "pattern"),
                new Broken("empty rule text", Kind.SAFETY_RULES, """
                        rules:
                          - id: dvt-postpone
                            rule:
                            sources: [NICE NG158]
                        """, "/rules/0/rule", "type"),
                new Broken("no rules list", Kind.SAFETY_RULES, """
                        title: Safety rules
                        """, "", "required"),
                // module.yaml
                new Broken("unknown key", Kind.MODULE, """
                        id: basics
                        title: Basics
                        objective: [Name the strokes]
                        topics: [{ id: strokes, title: Strokes }]
                        """, "", "additionalProperties"),
                new Broken("bad id", Kind.MODULE, """
                        id: Basics
                        title: Basics
                        topics: [{ id: strokes, title: Strokes }]
                        """, "/id", "pattern"),
                new Broken("bad topic id", Kind.MODULE, """
                        id: basics
                        title: Basics
                        topics: [{ id: strokes, title: Strokes }, { id: stroke_2, title: More }]
                        """, "/topics/1/id", "pattern"),
                new Broken("no topics", Kind.MODULE, """
                        id: basics
                        title: Basics
                        topics: []
                        """, "/topics", "minItems"),
                new Broken("topic without title", Kind.MODULE, """
                        id: basics
                        title: Basics
                        topics: [{ id: strokes }]
                        """, "/topics/0", "required"),
                new Broken("blank title", Kind.MODULE, """
                        id: basics
                        title: "   "
                        topics: [{ id: strokes, title: Strokes }]
                        """, "/title", "pattern"),
                new Broken("empty summary", Kind.MODULE, """
                        id: basics
                        title: Basics
                        summary: ""
                        topics: [{ id: strokes, title: Strokes }]
                        """, "/summary", "minLength"),
                new Broken("case without text", Kind.MODULE, """
                        id: basics
                        title: Basics
                        topics: [{ id: strokes, title: Strokes }]
                        cases: [{ id: case-a, title: A case }]
                        """, "/cases/0", "required"),
                // questions.yaml
                new Broken("unknown key", Kind.QUESTIONS, question("""
                        type: true-false
                        answer: true
                        hint: Think of the heart.
                        """), "/questions/0", "additionalProperties"),
                new Broken("single with two correct", Kind.QUESTIONS, question("""
                        type: single
                        choices:
                          - { text: Effleurage, correct: true }
                          - { text: Gliding, correct: true }
                          - { text: Tapotement }
                        """), "/questions/0/choices", "maxContains"),
                new Broken("single with none correct", Kind.QUESTIONS, question("""
                        type: single
                        choices:
                          - { text: Effleurage, correct: false }
                          - { text: Tapotement }
                        """), "/questions/0/choices", "minContains"),
                new Broken("multiple with none correct", Kind.QUESTIONS, question("""
                        type: multiple
                        choices:
                          - { text: Effleurage }
                          - { text: Tapotement }
                        """), "/questions/0/choices", "minContains"),
                new Broken("single with one choice", Kind.QUESTIONS, question("""
                        type: single
                        choices:
                          - { text: Effleurage, correct: true }
                        """), "/questions/0/choices", "minItems"),
                new Broken("choice with unknown key", Kind.QUESTIONS, question("""
                        type: single
                        choices:
                          - { text: Effleurage, correct: true }
                          - { text: Tapotement, feedbak: Percussion. }
                        """), "/questions/0/choices/1", "additionalProperties"),
                new Broken("correct as quoted text", Kind.QUESTIONS, question("""
                        type: single
                        choices:
                          - { text: Effleurage, correct: "true" }
                          - { text: Tapotement }
                        """), "/questions/0/choices/0/correct", "type"),
                new Broken("true-false with choices", Kind.QUESTIONS, question("""
                        type: true-false
                        answer: true
                        choices:
                          - { text: "True", correct: true }
                          - { text: "False" }
                        """), "/questions/0/choices", "false"),
                new Broken("true-false without answer", Kind.QUESTIONS, question("""
                        type: true-false
                        """), "/questions/0", "required"),
                new Broken("true-false answer quoted", Kind.QUESTIONS, question("""
                        type: true-false
                        answer: "false"
                        """), "/questions/0/answer", "type"),
                new Broken("short with choices", Kind.QUESTIONS, question("""
                        type: short
                        answers: [effleurage]
                        choices: [{ text: Effleurage, correct: true }, { text: Tapotement }]
                        """), "/questions/0/choices", "false"),
                new Broken("short without answers", Kind.QUESTIONS, question("""
                        type: short
                        answers: []
                        """), "/questions/0/answers", "minItems"),
                new Broken("short with an empty answer", Kind.QUESTIONS, question("""
                        type: short
                        answers: [effleurage, ""]
                        """), "/questions/0/answers/1", "minLength"),
                new Broken("matching with one pair", Kind.QUESTIONS, question("""
                        type: matching
                        pairs:
                          - { left: Effleurage, right: Glides }
                        """), "/questions/0/pairs", "minItems"),
                new Broken("pair without right side", Kind.QUESTIONS, question("""
                        type: matching
                        pairs:
                          - { left: Effleurage, right: Glides }
                          - { left: Petrissage }
                        """), "/questions/0/pairs/1", "required"),
                new Broken("ordering with one step", Kind.QUESTIONS, question("""
                        type: ordering
                        sequence: [Intake]
                        """), "/questions/0/sequence", "minItems"),
                new Broken("ordering with a repeated step", Kind.QUESTIONS, question("""
                        type: ordering
                        sequence: [Intake, Treatment, Intake]
                        """), "/questions/0/sequence", "uniqueItems"),
                new Broken("ordering with pairs", Kind.QUESTIONS, question("""
                        type: ordering
                        sequence: [Intake, Treatment]
                        pairs: [{ left: a, right: b }, { left: c, right: d }]
                        """), "/questions/0/pairs", "false"),
                new Broken("unknown type", Kind.QUESTIONS, question("""
                        type: singel
                        choices: [{ text: Effleurage, correct: true }, { text: Tapotement }]
                        """), "/questions/0/type", "enum"),
                new Broken("critical without sources", Kind.QUESTIONS, question("""
                        type: true-false
                        answer: true
                        critical: true
                        """), "/questions/0", "required"),
                new Broken("critical with empty sources", Kind.QUESTIONS, question("""
                        type: true-false
                        answer: true
                        critical: true
                        sources: []
                        """), "/questions/0/sources", "minItems"),
                new Broken("rules as one text", Kind.QUESTIONS, question("""
                        type: true-false
                        answer: true
                        rules: dvt-postpone
                        """), "/questions/0/rules", "type"),
                new Broken("bad question id", Kind.QUESTIONS, """
                        questions:
                          - id: Q_1
                            topic: strokes
                            type: true-false
                            prompt: Effleurage glides.
                            answer: true
                            explanation: It does.
                        """, "/questions/0/id", "pattern"),
                new Broken("difficulty 7", Kind.QUESTIONS, question("""
                        type: true-false
                        answer: true
                        difficulty: 7
                        """), "/questions/0/difficulty", "maximum"),
                new Broken("difficulty 2.5", Kind.QUESTIONS, question("""
                        type: true-false
                        answer: true
                        difficulty: 2.5
                        """), "/questions/0/difficulty", "type"),
                new Broken("missing explanation", Kind.QUESTIONS, """
                        questions:
                          - id: q1
                            topic: strokes
                            type: true-false
                            prompt: Effleurage glides.
                            answer: true
                        """, "/questions/0", "required"),
                new Broken("prompt of em spaces only", Kind.QUESTIONS, """
                        questions:
                          - id: q1
                            topic: strokes
                            type: true-false
                            prompt: "\\u2003\\u2003"
                            answer: true
                            explanation: It does.
                        """, "/questions/0/prompt", "pattern"),
                new Broken("empty case", Kind.QUESTIONS, question("""
                        type: true-false
                        answer: true
                        case:
                        """), "/questions/0/case", "type"),
                new Broken("questions not a list", Kind.QUESTIONS, """
                        questions:
                        """, "/questions", "type"),
                // lesson front matter
                new Broken("unknown key", Kind.LESSON, """
                        ---
                        id: strokes-lesson
                        title: Strokes
                        topic: strokes
                        tags: [strokes]
                        ---
                        Effleurage glides.
                        """, "", "additionalProperties"),
                new Broken("missing topic", Kind.LESSON, """
                        ---
                        id: strokes-lesson
                        title: Strokes
                        ---
                        Effleurage glides.
                        """, "", "required"),
                new Broken("bad id", Kind.LESSON, """
                        ---
                        id: Strokes lesson
                        title: Strokes
                        topic: strokes
                        ---
                        Effleurage glides.
                        """, "/id", "pattern"),
                new Broken("sources as one text", Kind.LESSON, """
                        ---
                        id: strokes-lesson
                        title: Strokes
                        topic: strokes
                        sources: Werner 2019
                        ---
                        Effleurage glides.
                        """, "/sources", "type"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenSamples")
    void aBrokenSampleIsRejectedAtTheRightPlaceByTheSchemaAndByTheLoader(Broken sample, @TempDir Path tmp) {
        List<Error> errors = sample.kind().validate(sample.text());
        assertThat(errors)
                .as("expected `%s` at \"%s\"; the schema reported:%s", sample.keyword(), sample.at(), dump(errors))
                .anySatisfy(e -> {
                    assertThat(e.getInstanceLocation().toString()).isEqualTo(sample.at());
                    assertThat(e.getKeyword()).isEqualTo(sample.keyword());
                });

        LoadResult loaded = loadWith(tmp, sample.kind(), sample.text());
        assertThat(loaded.errors()).as("the loader must reject this sample too").isNotEmpty();
    }

    // ---- odd but legal files: the loader accepts them, so the schema must too ------------------------------------

    record Legal(String name, Kind kind, String text) {
        @Override
        public String toString() {
            return kind + ": " + name;
        }
    }

    static Stream<Legal> legalSamples() {
        return Stream.of(
                new Legal("minimal program, no blueprint", Kind.PROGRAM, """
                        title: Schema test
                        modules: [basics]
                        """),
                new Legal("empty blueprint, block list, quoted id with spaces", Kind.PROGRAM, """
                        # yaml-language-server: $schema=../schemas/program.schema.json
                        title: 2025
                        modules:
                          - " basics "
                        blueprint:
                        """),
                new Legal("a cohort exam date", Kind.PROGRAM, """
                        title: Schema test
                        modules: [basics]
                        exam-date: 2027-03-14
                        """),
                new Legal("an empty exam date", Kind.PROGRAM, """
                        title: Schema test
                        modules: [basics]
                        exam-date:
                        """),
                new Legal("integer share", Kind.PROGRAM, """
                        title: Schema test
                        modules: [basics]
                        blueprint: { basics: 1 }
                        """),
                new Legal("empty optional lists", Kind.MODULE, """
                        id: basics
                        title: Basics
                        objectives:
                        topics:
                          - id: strokes
                            title: Strokes
                        prerequisites: []
                        cases:
                        """),
                new Legal("every key, numbers and true as text", Kind.MODULE, """
                        # yaml-language-server: $schema=../../schemas/module.schema.json
                        id: basics
                        title: 101
                        summary: >-
                          The strokes,
                          folded over two lines.
                        objectives: [Name the strokes, 5]
                        topics: [{ id: strokes, title: true }]
                        prerequisites: []
                        cases: [{ id: case-a, title: A case, text: A client arrives. }]
                        """),
                new Legal("an outline no question is tagged with yet (warnings only), quoted id, flow and block areas", Kind.MBLEX, """
                        # yaml-language-server: $schema=../schemas/mblex.schema.json
                        sources:
                          - FSMTB MBLEx Content Outline
                        areas:
                          - id: " anatomy "
                            title: Anatomy and Physiology
                            weight: 60
                          - { id: kinesiology, title: 42, weight: 40 }
                        """),
                new Legal("a rule no question tests yet (a warning only), quoted id, text sources", Kind.SAFETY_RULES, """
                        # yaml-language-server: $schema=../schemas/safety-rules.schema.json
                        rules:
                          - id: " dvt-postpone "
                            rule: >-
                              A possible deep vein thrombosis means no massage at all.
                            sources: [NICE NG158, 2020]
                        """),
                new Legal("no questions yet", Kind.QUESTIONS, """
                        questions: []
                        """),
                new Legal("every type, numbers as text, empty optional lists", Kind.QUESTIONS, """
                        # yaml-language-server: $schema=../../schemas/questions.schema.json
                        questions:
                          - id: q1
                            topic: strokes
                            type: single
                            prompt: How many classic Swedish strokes are there?
                            choices:
                              - { text: 5, correct: true, feedback: "Effleurage, petrissage, friction, tapotement, vibration." }
                              - { text: 3, correct: false }
                              - text: true
                            explanation: Five.
                            tags:
                            sources:
                            critical: false
                            difficulty: 1
                          - id: q2
                            topic: strokes
                            type: multiple
                            prompt: Which strokes glide or knead?
                            choices: [{ text: Effleurage, correct: true }, { text: Petrissage, correct: true }, { text: Tapotement }]
                            explanation: Effleurage glides; petrissage kneads.
                            case: case-a
                          - id: q3
                            topic: strokes
                            type: true-false
                            prompt: Effleurage glides.
                            answer: False
                            explanation: It does glide, so the statement is true; the key says false here only to test `False`.
                          - id: q4
                            topic: strokes
                            type: short
                            prompt: How many strokes?
                            answers: [5, five]
                            explanation: Five.
                          - id: q5
                            topic: strokes
                            type: matching
                            prompt: Match.
                            pairs: [{ left: 1, right: Effleurage }, { left: 2, right: Petrissage }]
                            explanation: In this order.
                          - id: q6
                            topic: strokes
                            type: ordering
                            prompt: Order these numbers.
                            sequence: [1, 1.0, 10]
                            explanation: The loader compares their spellings, which all differ.
                          - id: 7
                            topic: strokes
                            type: ordering
                            prompt: Order.
                            sequence: [Intake, Treatment]
                            explanation: Intake first.
                        """),
                new Legal("quoted id and type with spaces, critical with sources", Kind.QUESTIONS, """
                        questions:
                          - id: " q-pad "
                            topic: " strokes"
                            type: " true-false "
                            critical: true
                            sources: [Werner 2019]
                            prompt: Effleurage glides.
                            answer: true
                            explanation: It does.
                        """),
                new Legal("warnings only: long prompt, all of the above, no-break space text", Kind.QUESTIONS, """
                        questions:
                          - id: q1
                            topic: strokes
                            type: single
                            prompt: %s
                            choices:
                              - { text: All of the above, correct: true }
                              - { text: Effleurage }
                            explanation: "\\u00a0"
                        """.formatted("Which stroke glides? ".repeat(25))),
                new Legal("lesson with empty sources", Kind.LESSON, """
                        ---
                        id: strokes-lesson
                        title: Strokes
                        topic: strokes
                        sources:
                        ---
                        Effleurage glides.
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("legalSamples")
    void anOddButLegalSampleIsAcceptedByTheLoaderAndByTheSchema(Legal sample, @TempDir Path tmp) {
        LoadResult loaded = loadWith(tmp, sample.kind(), sample.text());
        assertThat(loaded.errors()).as("the loader must accept this sample:%s", problems(loaded.errors())).isEmpty();

        List<Error> errors = sample.kind().validate(sample.text());
        assertThat(errors).as("the schema rejected a file the loader accepts:%s", dump(errors)).isEmpty();
    }

    // ---- random valid curricula in varied YAML styles -------------------------------------------------------------

    static LongStream seeds() {
        return LongStream.range(0, 30).map(i -> 0x5C4E_3A00L + i);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyFileOfARandomValidCurriculumValidates(long seed, @TempDir Path tmp) {
        Random random = new Random(seed);
        Spec spec = RandomCurricula.generate(random);
        Map<QuestionSpec, LinkedHashMap<String, Object>> fields = new HashMap<>();
        spec.questions().forEach(q -> fields.put(q, q.fields(random)));
        Map<String, String> files = RandomCurricula.render(spec, fields, new Random(seed * 31 + 7), new HashMap<>());
        LoadResult loaded = new CurriculumLoader().load(write(tmp, files));
        assertThat(loaded.errors()).as("seed %d: the generator made a curriculum the loader rejects:%s", seed,
                problems(loaded.errors())).isEmpty();

        files.forEach((name, text) -> {
            Kind kind = kindOf(name);
            List<Error> errors = kind.validate(text);
            assertThat(errors).as("seed %d, %s:%s%n%s", seed, name, dump(errors), text).isEmpty();
        });
    }

    // ---- (c) the schemas themselves ----------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(Kind.class)
    void theSchemaIsValidDraft202012(Kind kind) {
        JsonNode node = kind.schemaNode();
        assertThat(node.path("$schema").asString()).isEqualTo(DRAFT_2020_12);
        List<Error> errors = metaSchema().validate(node);
        assertThat(errors).as("%s against the draft 2020-12 meta-schema:%s", kind.schemaFile, dump(errors)).isEmpty();
        assertThat(kind.schema()).isNotNull();
    }

    @Test
    void theMetaSchemaCheckIsNotVacuous() {
        JsonNode broken = JSON.readTree("""
                { "$schema": "https://json-schema.org/draft/2020-12/schema", "type": "text", "minItems": -1 }
                """);
        assertThat(metaSchema().validate(broken)).isNotEmpty();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void theSchemaHasAnIdATitleAndADescriptionOnEveryProperty(Kind kind) {
        JsonNode node = kind.schemaNode();
        assertThat(node.path("$id").asString()).startsWith("urn:palpate:schema:");
        assertThat(node.path("title").asString()).isNotBlank();
        assertThat(node.path("description").asString()).isNotBlank();
        List<String> undescribed = new ArrayList<>();
        collectUndescribed(node, "", undescribed);
        assertThat(undescribed).as("properties without a description").isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void everyPatternCompilesAndTheIdPatternIsTheLoaders(Kind kind) {
        List<String> patterns = new ArrayList<>();
        collectPatterns(kind.schemaNode(), patterns);
        assertThat(patterns).isNotEmpty();
        patterns.forEach(Pattern::compile);

        // the id definition accepts exactly the loader's ids, give or take the spaces the loader trims
        JsonNode idSchema = kind.schemaNode().path("$defs").path("id");
        Schema id = REGISTRY.getSchema(idSchema);
        for (String sample : List.of("a", "ci-dvt-01", "0", "a1-b2-c3", " padded ", "x\n")) {
            assertThat(id.validate(JSON.getNodeFactory().stringNode(sample))).as(sample).isEmpty();
            assertThat(Ids.PATTERN.matcher(sample.strip()).matches()).as(sample).isTrue();
        }
        for (String sample : List.of("", "A", "ci_dvt", "-a", "a-", "a--b", "é", "a b", "ci.dvt")) {
            assertThat(id.validate(JSON.getNodeFactory().stringNode(sample))).as(sample).isNotEmpty();
            assertThat(Ids.PATTERN.matcher(sample.strip()).matches()).as(sample).isFalse();
        }
    }

    @Test
    void theSharedDefinitionsAreTheSameInEverySchema() {
        JsonNode defs = Kind.PROGRAM.schemaNode().path("$defs");
        for (Kind kind : Kind.values()) {
            assertThat(kind.schemaNode().path("$defs").path("text")).as(kind.schemaFile).isEqualTo(defs.path("text"));
            assertThat(kind.schemaNode().path("$defs").path("id")).as(kind.schemaFile).isEqualTo(defs.path("id"));
        }
    }

    // ---- helpers ----------------------------------------------------------------------------------------------------

    /**
     * YAML as the loader and the editor read it: the YAML 1.2 core schema, so {@code True}, {@code ~}, {@code 0x1f}
     * and {@code +3} are a boolean, null and numbers. (Jackson's YAMLMapper resolves plain scalars with the stricter
     * YAML JSON schema and would read those as strings, rejecting files the loader accepts.)
     */
    static JsonNode readYaml(String yaml) {
        Object value = new Load(LoadSettings.builder().setSchema(new CoreSchema()).build()).loadFromString(yaml);
        return value == null ? JSON.getNodeFactory().nullNode() : JSON.valueToTree(value);
    }

    private static Schema metaSchema() {
        return REGISTRY.getSchema(SchemaLocation.of(DRAFT_2020_12));
    }

    /** Property schemas (outside if/then/allOf, which only refine) that lack a description. */
    private static void collectUndescribed(JsonNode node, String path, List<String> out) {
        if (!node.isObject()) {
            return;
        }
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            String key = entry.getKey();
            JsonNode value = entry.getValue();
            if (Set.of("allOf", "anyOf", "oneOf", "if", "then", "else", "not", "$comment", "examples").contains(key)) {
                continue;
            }
            if (key.equals("properties")) {
                value.properties().forEach(p -> {
                    if (!p.getValue().path("description").isString()
                            || p.getValue().path("description").asString().isBlank()) {
                        out.add(path + "/properties/" + p.getKey());
                    }
                    collectUndescribed(p.getValue(), path + "/properties/" + p.getKey(), out);
                });
            } else if (key.equals("items") || (key.equals("additionalProperties") && value.isObject())) {
                if (!value.path("description").isString()) {
                    out.add(path + "/" + key);
                }
                collectUndescribed(value, path + "/" + key, out);
            } else {
                collectUndescribed(value, path + "/" + key, out);
            }
        }
    }

    private static void collectPatterns(JsonNode node, List<String> out) {
        if (node.isObject()) {
            node.properties().forEach(e -> {
                if (e.getKey().equals("pattern") && e.getValue().isString()) {
                    out.add(e.getValue().asString());
                } else {
                    collectPatterns(e.getValue(), out);
                }
            });
        } else if (node.isArray()) {
            node.forEach(child -> collectPatterns(child, out));
        }
    }

    /** A one-question questions.yaml: id, topic, prompt and explanation around the given type-specific lines. */
    private static String question(String typeLines) {
        StringBuilder yaml = new StringBuilder("""
                questions:
                  - id: q1
                    topic: strokes
                    prompt: Effleurage glides along the muscle.
                    explanation: It is the gliding stroke.
                """);
        typeLines.lines().forEach(line -> yaml.append("    ").append(line).append('\n'));
        return yaml.toString();
    }

    /**
     * The YAML between the opening and closing {@code ---} lines, split as LessonReader does (line endings
     * normalised, a UTF-8 byte-order mark dropped, trailing spaces after {@code ---} allowed).
     */
    static String frontMatter(String lessonText) {
        String text = lessonText.startsWith("\uFEFF") ? lessonText.substring(1) : lessonText;
        List<String> lines = List.of(text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
        if (!lines.get(0).stripTrailing().equals("---")) {
            fail("a lesson starts with a `---` line");
        }
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).stripTrailing().equals("---")) {
                return String.join("\n", lines.subList(1, i));
            }
        }
        return fail("the front matter is not closed with a `---` line");
    }

    private static Kind kindOf(String relativePath) {
        if (relativePath.equals("program.yaml")) {
            return Kind.PROGRAM;
        }
        if (relativePath.equals("safety-rules.yaml")) {
            return Kind.SAFETY_RULES;
        }
        if (relativePath.equals("mblex.yaml")) {
            return Kind.MBLEX;
        }
        if (relativePath.endsWith("/module.yaml")) {
            return Kind.MODULE;
        }
        if (relativePath.endsWith("/questions.yaml")) {
            return Kind.QUESTIONS;
        }
        if (relativePath.contains("/lessons/") && relativePath.endsWith(".md")) {
            return Kind.LESSON;
        }
        return fail("unexpected file " + relativePath);
    }

    /** One module {@code basics} with topic {@code strokes}, case {@code case-a}, a lesson and a question. */
    private static Map<String, String> minimalCurriculum() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("program.yaml", """
                title: Schema test
                modules: [basics]
                """);
        files.put("basics/module.yaml", """
                id: basics
                title: Basics
                topics:
                  - { id: strokes, title: Strokes }
                cases:
                  - { id: case-a, title: A case, text: A client arrives. }
                """);
        files.put("basics/lessons/strokes.md", """
                ---
                id: strokes-lesson
                title: Strokes
                topic: strokes
                ---
                Effleurage glides.
                """);
        files.put("basics/questions.yaml", """
                questions:
                  - id: q1
                    topic: strokes
                    type: true-false
                    prompt: Effleurage is a gliding stroke.
                    answer: true
                    explanation: It glides along the muscle.
                """);
        return files;
    }

    /** Loads {@link #minimalCurriculum()} with the file of {@code kind} replaced by {@code text}. */
    private static LoadResult loadWith(Path tmp, Kind kind, String text) {
        Map<String, String> files = minimalCurriculum();
        files.put(kind.sampleFile, text);
        return new CurriculumLoader().load(write(tmp.resolve("curriculum"), files));
    }

    private static Path write(Path root, Map<String, String> files) {
        files.forEach((name, content) -> {
            try {
                Path file = root.resolve(name);
                Files.createDirectories(file.getParent());
                Files.writeString(file, content, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return root;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> list(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String problems(List<Problem> problems) {
        return problems.isEmpty() ? " (none)" : problems.stream().map(Problem::format)
                .collect(Collectors.joining("\n  ", "\n  ", ""));
    }

    private static String dump(List<Error> errors) {
        return errors.isEmpty() ? " (none)" : errors.stream()
                .map(e -> "\"" + e.getInstanceLocation() + "\" " + e.getKeyword() + ": " + e.getMessage())
                .collect(Collectors.joining("\n  ", "\n  ", ""));
    }
}
