package org.palpate.curriculum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.palpate.curriculum.Severity.ERROR;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Terminal escapes never enter the curriculum: validation refuses control characters, with where they are. */
class ControlCharactersTest {

    @TempDir
    Path tmp;

    private Path root;
    private Map<String, String> files;

    @BeforeEach
    void setUp() {
        root = tmp.resolve("curriculum");
        files = TestFiles.minimal();
    }

    @Test
    void aRawEscapeInAQuestionIsAnErrorAtItsPlace() {
        files.put("basics/questions.yaml", files.get("basics/questions.yaml").replace("gliding stroke", "gliding \u001b]0;pwned\u0007 stroke"));
        LoadResult result = new CurriculumLoader().load(TestFiles.write(root, files));
        assertThat(result.ok()).isFalse();
        TestFiles.assertProblem(result, ERROR, root.resolve("basics/questions.yaml"), 5, 37, "control character U+001B (ESC)");
    }

    @Test
    void anEscapeWrittenAsAYamlEscapeIsAnErrorToo() {
        files.put("basics/questions.yaml", files.get("basics/questions.yaml")
                .replace("prompt: Effleurage is a gliding stroke.", "prompt: \"Effleurage \\e[2J is a gliding stroke.\""));
        LoadResult result = new CurriculumLoader().load(TestFiles.write(root, files));
        assertThat(result.ok()).isFalse();
        TestFiles.assertProblem(result, ERROR, root.resolve("basics/questions.yaml"), 5, 13, "`prompt` contains the control character U+001B");
    }

    @Test
    void aLessonWithAnEscapeIsAnError() {
        files.put("basics/lessons/strokes.md", files.get("basics/lessons/strokes.md").replace("Effleurage glides.", "Effleurage\u001b[2J glides."));
        LoadResult result = new CurriculumLoader().load(TestFiles.write(root, files));
        assertThat(result.ok()).isFalse();
        TestFiles.assertProblem(result, ERROR, root.resolve("basics/lessons/strokes.md"), 6, 11, "control character U+001B");
    }

    @Test
    void tabsInALessonAndNewlinesInTextAreFine() {
        files.put("basics/lessons/strokes.md", files.get("basics/lessons/strokes.md").replace("Effleurage glides.", "Effleurage\tglides.\n\nSlowly."));
        assertThat(new CurriculumLoader().load(TestFiles.write(root, files)).ok()).isTrue();
    }
}
