package org.palpate.curriculum.gift;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.palpate.curriculum.Case;
import org.palpate.curriculum.Cloze;
import org.palpate.curriculum.CourseModule;
import org.palpate.curriculum.CurriculumLoader;
import org.palpate.curriculum.LoadResult;
import org.palpate.curriculum.Question;
import org.palpate.curriculum.QuestionType;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bundled course, exported to GIFT and imported into a fresh curriculum, comes back question for question:
 * same type, prompt (with the case text in front when the question has a case), answer key, per-choice
 * feedback, explanation, tags and topic.
 */
class GiftRoundTripTest {

    @TempDir
    Path temp;

    @Test
    void everyModuleOfTheBundledCourseComesBackFromGift() {
        CurriculumLoader loader = new CurriculumLoader();
        LoadResult course = loader.load(Path.of("curriculum"));
        assertThat(course.ok()).as("the bundled course must load:%s", GiftFixtures.dump(course)).isTrue();
        Path fresh = GiftFixtures.shellCurriculum(temp);

        List<Question> exported = new ArrayList<>();
        int skipped = 0;
        for (CourseModule module : course.curriculum().modules()) {
            GiftExport export = new GiftExporter().export(module);
            for (GiftExport.Skipped s : export.skipped()) {
                Question q = course.curriculum().question(s.id()).orElseThrow();
                assertThat(q.type() == QuestionType.ORDERING || q.key() instanceof Cloze c && c.gaps().size() > 1)
                        .as("only ordering questions and a cloze of several gaps may be skipped: %s", s).isTrue();
            }
            skipped += export.skipped().size();
            Path file = GiftFixtures.write(temp.resolve(module.id() + ".gift"), export.text());

            GiftImport.Result result = new GiftImporter().importFile(fresh, module.id(), file);

            assertThat(result.written()).as("import of %s:%s", module.id(), GiftFixtures.dump(result)).isTrue();
            assertThat(result.errors()).as("nothing exported may be skipped on import").isEmpty();
            assertThat(result.createdIds()).containsExactlyElementsOf(export.exportedIds());
            export.exportedIds().forEach(id -> exported.add(course.curriculum().question(id).orElseThrow()));
        }

        LoadResult reloaded = loader.load(fresh);
        assertThat(reloaded.ok()).as(GiftFixtures.dump(reloaded)).isTrue();
        List<String> differences = new ArrayList<>();
        int identical = 0;
        for (Question original : exported) {
            CourseModule module = course.curriculum().module(original.moduleId()).orElseThrow();
            String prompt = original.caseId() == null ? original.prompt()
                    : module.caseById(original.caseId()).map(Case::text).orElseThrow() + "\n\n" + original.prompt();
            Question imported = reloaded.curriculum().question(original.id()).orElseThrow();
            List<String> diff = SameQuestion.differences(original, prompt, imported);
            if (diff.isEmpty()) {
                identical++;
            } else {
                differences.add(original.id() + ": " + diff);
            }
        }
        System.out.printf("GIFT round trip of the bundled course: %d questions exported, %d skipped (ordering, cloze of several gaps), "
                + "%d came back identical%n", exported.size(), skipped, identical);
        assertThat(differences).isEmpty();
        assertThat(exported).isNotEmpty();
    }
}
