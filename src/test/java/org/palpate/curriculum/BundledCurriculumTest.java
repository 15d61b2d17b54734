package org.palpate.curriculum;

import org.palpate.support.Keys;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Guards the course students learn from: it loads without errors, and every question is explained and sourced. */
class BundledCurriculumTest {

    private final LoadResult result = new CurriculumLoader().load(Path.of("curriculum"));

    @Test
    void theBundledCurriculumHasNoErrors() {
        assertThat(result.errors()).as(result.errors().stream().map(Problem::format).collect(Collectors.joining("\n"))).isEmpty();
    }

    @Test
    void everyModuleHasEnoughExplainedAndSourcedQuestions() {
        Curriculum curriculum = result.curriculum();
        assertThat(curriculum.program().moduleOrder())
                .containsExactly("swedish-vs-deep-tissue", "trigger-points", "contraindications", "client-education");
        assertThat(curriculum.program().blueprint().values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0, within(1e-9));
        for (CourseModule module : curriculum.modules()) {
            assertThat(module.questions()).as(module.id()).hasSizeGreaterThanOrEqualTo(40);
            assertThat(module.questions().stream().map(Question::type).distinct().count()).as(module.id() + " question types")
                    .isGreaterThanOrEqualTo(4);
            assertThat(module.lessons()).as(module.id() + " lessons").hasSizeGreaterThanOrEqualTo(4);
            assertThat(module.questions().stream().filter(q -> q.caseId() != null).count()).as(module.id() + " case-based questions")
                    .isGreaterThanOrEqualTo(8);
            assertThat(module.questions()).allSatisfy(q -> {
                assertThat(q.explanation()).as(q.id()).isNotBlank();
                assertThat(q.sources()).as(q.id()).isNotEmpty();
            });
        }
        assertThat(curriculum.module("contraindications").orElseThrow().questions().stream().filter(Question::critical).count())
                .isGreaterThanOrEqualTo(15);
    }

    /** Every short citation a question, lesson or safety rule uses is listed in SOURCES.md, so a student can look it up. */
    @Test
    void theCourseCoversWhatAnEntryLevelCurriculumNeeds() {
        Curriculum curriculum = result.curriculum();
        assertThat(curriculum.questions()).hasSizeGreaterThanOrEqualTo(400);
        assertThat(curriculum.questions().stream().filter(q -> q.caseId() != null)).hasSizeGreaterThanOrEqualTo(120);
        for (CourseModule m : curriculum.modules()) {
            long critical = m.questions().stream().filter(Question::critical).count();
            assertThat(critical * 100 / m.questions().size()).as("critical share of %s", m.id()).isGreaterThanOrEqualTo(15);
        }
        assertThat(curriculum.questions().stream().filter(q -> q.type() == QuestionType.CLOZE)).hasSizeGreaterThanOrEqualTo(12);
        assertThat(curriculum.questions().stream().filter(q -> q.type() == QuestionType.NUMERICAL)).hasSizeGreaterThanOrEqualTo(12);
    }

    @Test
    void everyCitedSourceIsListedInSourcesMd() throws Exception {
        String sources = Files.readString(Path.of("curriculum/SOURCES.md"));
        List<String> cited = Stream.of(result.curriculum().questions().stream().flatMap(q -> q.sources().stream()),
                result.curriculum().modules().stream().flatMap(m -> m.lessons().stream()).flatMap(l -> l.sources().stream()),
                result.curriculum().safetyRules().stream().flatMap(r -> r.sources().stream()))
                .flatMap(s -> s).distinct().toList();
        List<String> missing = cited.stream().filter(c -> !sources.contains(c.split(" - ")[0].split(" – ")[0].strip())).toList();
        assertThat(missing).as("citations not in curriculum/SOURCES.md").isEmpty();
    }

    /**
     * The course states each safety rule once: every critical question names the rule(s) it tests, every rule is
     * tested, and a rule taught in several modules is tested in each of them from the same statement.
     */
    @Test
    void everyCriticalQuestionTestsADeclaredSafetyRuleAndEveryRuleIsTested() {
        Curriculum curriculum = result.curriculum();
        assertThat(Path.of("curriculum/safety-rules.yaml")).isRegularFile();
        assertThat(curriculum.safetyRules()).hasSizeGreaterThanOrEqualTo(25);
        assertThat(curriculum.questions().stream().filter(Question::critical))
                .allSatisfy(q -> assertThat(q.rules()).as(q.id()).isNotEmpty());
        assertThat(curriculum.safetyRules())
                .allSatisfy(r -> assertThat(curriculum.questionsTesting(r.id())).as(r.id()).isNotEmpty());
        assertThat(result.warnings()).as("warnings in the bundled curriculum").isEmpty();
    }

    /**
     * Safety wording that once differed between modules (a suspected clot: only the legs left out; thunderclap
     * headache "within a minute"; a withdrawn NICE guideline) must not come back in any question or lesson.
     */
    @Test
    void noModuleTeachesTheSafetyWordingThatWasCorrected() throws Exception {
        List<String> texts = new java.util.ArrayList<>();
        for (Question q : result.curriculum().questions()) {
            texts.add(q.id() + ": " + q.prompt() + " " + q.explanation() + " " + String.join(" ", q.sources()) + " "
                    + Keys.choices(q).stream().map(c -> c.text() + " " + c.feedback()).collect(Collectors.joining(" "))
                    + " " + Keys.pairs(q).stream().map(p -> p.left() + " " + p.right()).collect(Collectors.joining(" ")));
        }
        result.curriculum().lessons().forEach(l -> texts.add(l.id() + ": " + l.markdown() + " " + String.join(" ", l.sources())));
        assertThat(texts).noneMatch(t -> t.replaceAll("\\s+", " ").contains("won't massage your legs"))
                .noneMatch(t -> t.replaceAll("\\s+", " ").matches("(?s).*(peaks|peaking|full strength) within (about )?a minute.*"))
                .noneMatch(t -> t.contains("CG75 (2008)"));
        Question dvt = result.curriculum().question("ce-te-07").orElseThrow();
        assertThat(Keys.choices(dvt).stream().filter(Choice::correct).findFirst().orElseThrow().text())
                .contains("won't give you a massage today");
    }

    /**
     * The course follows the FSMTB MBLEx content outline: seven areas with their weights, every topic names its area
     * and no question is left without one (so `--blueprint mblex` exams draw from the whole bank).
     */
    @Test
    void everyQuestionHasAnMblexAreaOfTheSevenAreaOutline() {
        Curriculum curriculum = result.curriculum();
        assertThat(curriculum.mblex().areas()).extracting(MblexArea::id, MblexArea::weight).containsExactlyInAnyOrder(
                tuple("assessment", 17), tuple("ethics", 16), tuple("benefits", 15), tuple("practice", 15),
                tuple("pathology", 14), tuple("kinesiology", 12), tuple("anatomy", 11));
        assertThat(curriculum.mblex().sources()).anySatisfy(s -> assertThat(s).contains("FSMTB", "MBLEx Content Outline"));
        for (CourseModule module : curriculum.modules()) {
            assertThat(module.topics()).allSatisfy(t -> assertThat(t.mblex()).as(module.id() + "/" + t.id()).isNotNull());
        }
        assertThat(MblexCoverage.of(curriculum).untagged()).as("untagged questions").isEmpty();
        // overrides where a question's area is not its topic's
        assertThat(List.of("sd-se-04", "sd-se-05", "ci-con-09", "ce-te-05", "sd-ev-05", "ci-end-01"))
                .map(id -> curriculum.question(id).orElseThrow().mblex())
                .containsExactly("practice", "ethics", "ethics", "ethics", "kinesiology", "anatomy");
    }

    @Test
    void theJarCarriesACopyThatIsUsedWhenThereIsNoCurriculumFolder(@TempDir Path home) throws Exception {
        Path extracted = new CurriculumLocation("", home).bundled();
        assertThat(extracted).isEqualTo(home.resolve("bundled-curriculum"));
        assertThat(Files.readString(extracted.resolve("program.yaml"))).isEqualTo(Files.readString(Path.of("curriculum/program.yaml")));
        assertThat(new CurriculumLoader().load(extracted).ok()).isTrue();
    }
}
