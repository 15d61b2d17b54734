package org.palpate.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.palpate.support.Accounts;
import org.palpate.support.TempHome;
import org.palpate.support.TestBeans;
import org.palpate.support.TestFiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.shell.test.ShellTestClient;
import org.springframework.shell.test.autoconfigure.ShellTest;
import org.springframework.test.context.ContextConfiguration;

import tools.jackson.databind.json.JsonMapper;

/**
 * Graded work uses the curriculum an instructor published in the database, not the keys of whatever folder the
 * machine points at: a student who edits the local files to key a wrong answer as right is still graded wrong.
 */
@ShellTest
@SpringBootTest(properties = { "spring.shell.interactive.enabled=false", "palpate.curriculum=" + PublishedCurriculumShellTest.DIR })
@Import(TestBeans.class)
@ContextConfiguration(initializers = TempHome.class)
class PublishedCurriculumShellTest {

    static final String DIR = "target/test-curricula/published";

    @Autowired
    ShellTestClient shell;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcClient jdbc;
    @Value("${palpate.home}")
    Path home;

    @BeforeAll
    static void copyTheTestCurriculum() throws IOException {
        TestFiles.copyTree(Path.of("src/test/resources/curricula/shell"), Path.of(DIR));
    }

    @Test
    void aStudentsOwnAnswerKeysDoNotGradeOnceACurriculumIsPublished() throws Exception {
        Accounts.teacher(shell);
        assertThat(run("curriculum publish")).startsWith("Published " + DIR + " as version 1 (8 questions, sha256 ");
        assertThat(run("curriculum publish")).as("the same files again are the same version").contains("as version 1 ");

        // the local copy now keys the wrong answer (as a student's own --curriculum folder would), and is in use here
        Path questions = Path.of(DIR, "safety/questions.yaml");
        Files.writeString(questions, Files.readString(questions).replace("    answer: false", "    answer: true"));
        Files.writeString(home.resolve("curriculum-reloaded"), "elsewhere");
        Files.setLastModifiedTime(home.resolve("curriculum-reloaded"), FileTime.fromMillis(System.currentTimeMillis() + 60_000));

        Accounts.student(shell, "mallory");
        run("quiz start --module safety --count 2");
        Map<String, Object> shown = next();
        if (!shown.get("id").equals("s-tf")) {
            run("quiz answer --question s-dvt A");
            shown = next();
        }
        assertThat(shown.get("id")).isEqualTo("s-tf");
        assertThat(run("quiz answer true")).as("graded against the published key").contains("✘ Not right.", "Right answer: false");
        assertThat(jdbc.sql("SELECT curriculum_version FROM review_log r JOIN learner l ON l.id = r.learner_id "
                + "WHERE l.name = 'mallory' AND r.question_id = 's-tf'").query(Long.class).single()).isEqualTo(1L);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> next() throws Exception {
        return json.readValue(run("quiz next --format json"), Map.class);
    }

    private String run(String command) throws Exception {
        return String.join("\n", shell.sendCommand(command).lines());
    }
}
