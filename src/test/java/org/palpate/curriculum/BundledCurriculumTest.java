package org.palpate.curriculum;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
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
                .containsExactlyInAnyOrder("trigger-points", "swedish-vs-deep-tissue", "contraindications");
        for (CourseModule module : curriculum.modules()) {
            assertThat(module.questions()).as(module.id()).hasSizeGreaterThanOrEqualTo(12);
            assertThat(module.questions().stream().map(Question::type).distinct().count()).as(module.id() + " question types")
                    .isGreaterThanOrEqualTo(4);
            assertThat(module.lessons()).as(module.id() + " lessons").isNotEmpty();
            assertThat(module.questions()).allSatisfy(q -> {
                assertThat(q.explanation()).as(q.id()).isNotBlank();
                assertThat(q.sources()).as(q.id()).isNotEmpty();
            });
        }
        assertThat(curriculum.module("contraindications").orElseThrow().questions().stream().filter(Question::critical).count())
                .isGreaterThanOrEqualTo(6);
    }

    @Test
    void theJarCarriesACopyThatIsUsedWhenThereIsNoCurriculumFolder(@TempDir Path home) throws Exception {
        Path extracted = new CurriculumLocation("", home).bundled();
        assertThat(extracted).isEqualTo(home.resolve("bundled-curriculum"));
        assertThat(Files.readString(extracted.resolve("program.yaml"))).isEqualTo(Files.readString(Path.of("curriculum/program.yaml")));
        assertThat(new CurriculumLoader().load(extracted).ok()).isTrue();
    }
}
