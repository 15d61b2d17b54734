package org.palpate.curriculum;

import org.palpate.support.Keys;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The fixture under src/test/resources/curricula/valid loads cleanly into the expected model. */
class ValidCurriculumTest {

    private static Path root;
    private static LoadResult result;
    private static Curriculum curriculum;

    @BeforeAll
    static void load() throws URISyntaxException {
        root = Path.of(ValidCurriculumTest.class.getResource("/curricula/valid").toURI());
        result = new CurriculumLoader().load(root);
        curriculum = result.curriculum();
    }

    @Test
    void loadsWithoutAnyProblem() {
        assertThat(result.problems()).as(TestFiles.dump(result.problems())).isEmpty();
        assertThat(result.ok()).isTrue();
        assertThat(curriculum.root()).isEqualTo(root);
    }

    @Test
    void programHasTitleOrderAndBlueprint() {
        Program program = curriculum.program();
        assertThat(program.title()).isEqualTo("Palpate test program");
        assertThat(program.moduleOrder()).containsExactly("foundations", "safety");
        assertThat(program.blueprint()).containsExactly(Map.entry("foundations", 0.4), Map.entry("safety", 0.6));
        assertThat(curriculum.modules()).extracting(CourseModule::id).containsExactly("foundations", "safety");
    }

    @Test
    void theMblexOutlineIsReadAndEachQuestionTakesItsTopicsAreaUnlessItNamesItsOwn() {
        assertThat(curriculum.mblex().areas()).extracting(MblexArea::id, MblexArea::weight).containsExactly(
                tuple("anatomy", 11), tuple("kinesiology", 12), tuple("pathology", 14), tuple("benefits", 15),
                tuple("assessment", 17), tuple("ethics", 16), tuple("practice", 15));
        assertThat(curriculum.mblex().area("ethics").orElseThrow().title()).isEqualTo("Ethics, Boundaries, Laws and Regulations");
        assertThat(curriculum.mblex().sources()).singleElement().asString().contains("FSMTB", "MBLEx Content Outline");
        assertThat(curriculum.questions()).extracting(Question::id, Question::mblex).contains(
                tuple("fd-gliding-01", "benefits"), tuple("fd-tapotement-03", "pathology"), tuple("fd-order-06", "assessment"),
                tuple("ci-dvt-01", "pathology"));
        assertThat(curriculum.questions()).allSatisfy(q -> assertThat(q.mblex()).as(q.id()).isNotNull());
        assertThat(curriculum.forStudents().mblex()).isEqualTo(curriculum.mblex());
    }

    @Test
    void moduleFieldsAreRead() {
        CourseModule foundations = curriculum.module("foundations").orElseThrow();
        assertThat(foundations.title()).isEqualTo("Foundations of Swedish massage");
        assertThat(foundations.summary()).startsWith("The five classic strokes");
        assertThat(foundations.objectives()).hasSize(2);
        assertThat(foundations.topics()).containsExactly(new Topic("strokes", "Classic strokes", "benefits"),
                new Topic("sequencing", "Sequencing a session", "assessment"));
        assertThat(foundations.prerequisites()).isEmpty();

        CourseModule safety = curriculum.module("safety").orElseThrow();
        assertThat(safety.summary()).isNull();
        assertThat(safety.prerequisites()).containsExactly("foundations");
        assertThat(safety.cases()).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo("calf-case");
            assertThat(c.text()).contains("warm, swollen calf");
        });
        assertThat(curriculum.module("nope")).isEmpty();
    }

    @Test
    void lessonsAreSortedByFileNameWithFrontMatterAndBody() {
        CourseModule foundations = curriculum.module("foundations").orElseThrow();
        assertThat(foundations.lessons()).extracting(Lesson::id, Lesson::topic, Lesson::moduleId)
                .containsExactly(tuple("strokes-intro", "strokes", "foundations"),
                        tuple("sequencing-basics", "sequencing", "foundations"));
        Lesson strokes = curriculum.lesson("strokes-intro").orElseThrow();
        assertThat(strokes.title()).isEqualTo("The five classic strokes");
        assertThat(strokes.sources()).containsExactly("Fritz, Mosby's Fundamentals of Therapeutic Massage, ch. 10");
        assertThat(strokes.markdown()).startsWith("# The five classic strokes\n").contains("vibration.");
        assertThat(curriculum.lesson("sequencing-basics").orElseThrow().sources()).isEmpty();
    }

    @Test
    void questionsComeInProgramOrderWithAllSixTypes() {
        assertThat(curriculum.questions()).extracting(Question::id, Question::type, Question::moduleId).containsExactly(
                tuple("fd-gliding-01", QuestionType.SINGLE, "foundations"),
                tuple("fd-kneading-02", QuestionType.MULTIPLE, "foundations"),
                tuple("fd-tapotement-03", QuestionType.TRUE_FALSE, "foundations"),
                tuple("fd-stroke-name-04", QuestionType.SHORT, "foundations"),
                tuple("fd-match-05", QuestionType.MATCHING, "foundations"),
                tuple("fd-order-06", QuestionType.ORDERING, "foundations"),
                tuple("ci-dvt-01", QuestionType.SINGLE, "safety"));
    }

    @Test
    void singleChoiceKeyWithFeedbackTagsAndDifficulty() {
        Question q = question("fd-gliding-01");
        assertThat(Keys.choices(q)).containsExactly(
                new Choice("Effleurage", true, "Yes - gliding strokes spread oil and warm tissue."),
                new Choice("Tapotement", false, "Tapotement is percussive."),
                new Choice("Friction", false, null));
        assertThat(Keys.answer(q)).isNull();
        assertThat(Keys.answers(q)).isEmpty();
        assertThat(Keys.pairs(q)).isEmpty();
        assertThat(Keys.sequence(q)).isEmpty();
        assertThat(q.tags()).containsExactly("strokes", "terminology");
        assertThat(q.difficulty()).isEqualTo(1);
        assertThat(q.critical()).isFalse();
        assertThat(q.caseId()).isNull();
        assertThat(q.explanation()).startsWith("Effleurage is the gliding stroke");
    }

    @Test
    void otherAnswerKeys() {
        assertThat(Keys.choices(question("fd-kneading-02"))).extracting(Choice::text, Choice::correct)
                .containsExactly(tuple("Petrissage", true), tuple("Compression", true), tuple("Effleurage", false));
        assertThat(Keys.answer(question("fd-tapotement-03"))).isFalse();
        assertThat(Keys.choices(question("fd-tapotement-03"))).isEmpty();
        assertThat(Keys.answers(question("fd-stroke-name-04"))).containsExactly("effleurage", "effleurage stroke");
        assertThat(Keys.pairs(question("fd-match-05"))).containsExactly(
                new Pair("Effleurage", "Spreads lubricant and warms tissue"),
                new Pair("Petrissage", "Lifts and kneads muscle"),
                new Pair("Tapotement", "Stimulates through percussion"));
        assertThat(Keys.sequence(question("fd-order-06"))).containsExactly("Warm up with effleurage",
                "Work specific areas with petrissage and friction", "Finish with soothing effleurage");
        assertThat(question("fd-order-06").difficulty()).isNull();
    }

    @Test
    void criticalQuestionWithCaseAndSources() {
        Question q = question("ci-dvt-01");
        assertThat(q.critical()).isTrue();
        assertThat(q.caseId()).isEqualTo("calf-case");
        assertThat(q.sources()).containsExactly("Werner, A Massage Therapist's Guide to Pathology, 7th ed., ch. 4");
        assertThat(q.topic()).isEqualTo("vascular");
        assertThat(q.rules()).containsExactly("dvt-postpone");
    }

    @Test
    void safetyRulesAreReadWithTheQuestionsThatTestThem() {
        assertThat(curriculum.safetyRules()).containsExactly(new SafetyRule("dvt-postpone",
                "A possible deep vein thrombosis means no massage at all: postpone the whole session and refer the "
                        + "client for medical assessment the same day.",
                List.of("Werner, A Massage Therapist's Guide to Pathology, 7th ed., ch. 4", "NICE guideline NG158 (2020)")));
        assertThat(curriculum.questionsTesting("dvt-postpone")).extracting(Question::id).containsExactly("ci-dvt-01");
        assertThat(question("fd-order-06").rules()).isEmpty();
    }

    @Test
    void contentHashesAreSixteenHexCharsAndDistinct() {
        List<String> hashes = curriculum.questions().stream().map(Question::contentHash).toList();
        assertThat(hashes).allMatch(h -> h.matches("[0-9a-f]{16}")).doesNotHaveDuplicates();
    }

    @Test
    void modelListsAreReadOnly() {
        assertThat(Keys.choices(curriculum.questions().get(0))).isUnmodifiable();
        assertThat(curriculum.modules()).isUnmodifiable();
        assertThat(curriculum.program().blueprint()).isUnmodifiable();
    }

    @Test
    void loadsFromInsideAZipFileSystemLikeAJar(@TempDir Path tmp) throws Exception {
        Path zip = tmp.resolve("bundle.jar");
        URI uri = URI.create("jar:" + zip.toUri());
        try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of("create", "true"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Path target = fs.getPath("/curriculum").resolve(root.relativize(file).toString());
                    Files.createDirectories(target.getParent());
                    Files.copy(file, target);
                }
            }
        }
        try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
            LoadResult zipped = new CurriculumLoader().load(fs.getPath("/curriculum"));
            assertThat(zipped.problems()).as(TestFiles.dump(zipped.problems())).isEmpty();
            assertThat(zipped.curriculum().questions()).extracting(Question::contentHash)
                    .containsExactlyElementsOf(curriculum.questions().stream().map(Question::contentHash).toList());
            assertThat(zipped.curriculum().lessons()).hasSize(3);
        }
    }

    private static Question question(String id) {
        return curriculum.question(id).orElseThrow();
    }
}
