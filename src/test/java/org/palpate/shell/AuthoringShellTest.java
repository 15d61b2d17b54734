package org.palpate.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.palpate.support.Accounts;
import org.palpate.support.TempHome;
import org.palpate.support.TestFiles;
import org.palpate.support.TestBeans;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.shell.test.ShellTestClient;
import org.springframework.shell.test.autoconfigure.ShellTest;
import org.springframework.test.context.ContextConfiguration;

/** An instructor's workflow on a writable copy of the test curriculum: scaffold, preview, reload, history. */
@ShellTest
@SpringBootTest(properties = { "spring.shell.interactive.enabled=false", "palpate.curriculum=" + AuthoringShellTest.DIR })
@Import(TestBeans.class)
@ContextConfiguration(initializers = TempHome.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuthoringShellTest {

    static final String DIR = "target/test-curricula/authoring";
    static final Path CURRICULUM = Path.of(DIR);

    @Autowired
    ShellTestClient shell;

    @BeforeAll
    static void copyTheTestCurriculum() throws IOException {
        TestFiles.copyTree(Path.of("src/test/resources/curricula/shell"), CURRICULUM);
    }

    @Test
    @Order(1)
    void aNewModuleFromTheScaffoldIsValidAndCanBePreviewed() throws Exception {
        Accounts.teacher(shell);
        assertThat(run("module new sports-massage --title \"Sports massage\"")).contains("Created module sports-massage");
        assertThat(Files.readString(CURRICULUM.resolve("program.yaml"))).contains("modules: [basics, safety, sports-massage]");
        assertThat(Files.readString(CURRICULUM.resolve("sports-massage/questions.yaml")))
                .startsWith("# yaml-language-server: $schema=../../schemas/questions.schema.json");
        assertThat(run("curriculum validate")).contains("sports-massage/questions.yaml:7:13: warning: this is the example question",
                "sports-massage/questions.yaml:12:18: warning: the explanation is a placeholder",
                "sports-massage/questions.yaml:14:9: warning: the source is a placeholder",
                "sports-massage/lessons/basics.md:6:5: warning: the source is a placeholder",
                "is valid: 3 modules, 9 questions, 4 lessons, 4 warnings");
        assertThat(run("curriculum reload")).contains("Reloaded");
        assertThat(run("module show sports-massage")).contains("sports-massage — Sports massage", "basics — Basics (1 questions)",
                "sports-massage-basics");
        assertThat(run("lesson show sports-massage-basics")).contains("Basics\n======", "Write the lesson here in Markdown");
        assertThat(run("question show sports-massage-example-01")).as("instructors see drafts").contains("[x] The right answer");
        // a draft is never put in front of a student
        Accounts.student(shell, "drafty");
        assertThat(run("quiz start --module sports-massage")).isEqualTo("Error: no questions match");
        assertThat(run("progress --format json")).as("nor counted against their mastery")
                .containsPattern("\\{\"id\":\"sports-massage\"[^}]*\"total\":0");
        Accounts.teacher(shell);
        assertThat(run("question show s-dvt")).contains("Case — Swollen calf: A client has a warm swollen calf.", "What do you do?");
    }

    @Test
    @Order(2)
    void aBadModuleIdOrAnExistingFolderIsRefused() throws Exception {
        assertThat(run("module new Sports_Massage")).contains("Error: a module id may contain only lowercase letters");
        assertThat(run("module new basics")).contains("Error: ", "basics already exists");
    }

    @Test
    @Order(3)
    void aBrokenEditNeverReplacesTheCurriculumInUse() throws Exception {
        Path questions = CURRICULUM.resolve("basics/questions.yaml");
        String good = Files.readString(questions);
        Files.writeString(questions, good.replace("id: b-short", "id: b-single"));
        String reload = run("curriculum reload");
        assertThat(reload).contains("duplicate question id `b-single`", "the curriculum loaded before stays in use");
        assertThat(run("question show b-short")).contains("Name the kneading stroke.");
        Files.writeString(questions, good);
        assertThat(run("curriculum reload")).contains("Reloaded");
    }

    @Test
    @Order(4)
    void aRenamedQuestionIsFlaggedAndARemovedOneIsRetired() throws Exception {
        Accounts.student(shell, "rita");
        run("quiz start --module safety --topic vascular --count 2");
        run("quiz next");
        run("quiz answer A");
        Path questions = CURRICULUM.resolve("safety/questions.yaml");
        Files.writeString(questions, Files.readString(questions).replace("id: s-dvt", "id: s-dvt-renamed"));
        Accounts.teacher(shell);
        assertThat(run("curriculum validate")).contains("warning: question `s-dvt` is gone but `s-dvt-renamed` has exactly its content: renamed?",
                "1 question(s) answered before are no longer in the curriculum (s-dvt)");
    }

    @Test
    @Order(5)
    void statsCountQuestionsByModuleTopicAndType() throws Exception {
        assertThat(run("curriculum stats")).contains("MODULE / TOPIC", "QUESTIONS", "CRITICAL", "SINGLE", "ORDERING", "basics", "strokes", "all");
        assertThat(run("curriculum stats --format json")).contains("\"byType\":{\"single\":");
    }

    @Test
    @Order(6)
    void statsListEachSafetyRuleWithTheQuestionsThatTestIt() throws Exception {
        Accounts.teacher(shell);
        Files.writeString(CURRICULUM.resolve("safety-rules.yaml"), """
                rules:
                  - id: dvt-postpone
                    rule: A possible deep vein thrombosis means no massage at all; refer the same day.
                    sources: [NICE NG158]
                  - id: chest-pain-emergency
                    rule: Chest pain during a session means calling emergency services.
                    sources: [NICE CG95]
                """);
        Path questions = CURRICULUM.resolve("safety/questions.yaml");
        Files.writeString(questions, Files.readString(questions).replace("    critical: true\n",
                "    critical: true\n    rules: [dvt-postpone]\n"));
        assertThat(run("curriculum validate")).contains("safety-rules.yaml:5:9: warning: no question tests safety rule "
                + "`chest-pain-emergency`", "5 warnings"); // and the four placeholders of the scaffolded module
        assertThat(run("curriculum reload")).contains("Reloaded");

        assertThat(run("curriculum stats")).contains("Safety rules (2, stated in safety-rules.yaml):", "RULE", "QUESTIONS",
                "MODULES").containsPattern("dvt-postpone +2 +safety").containsPattern("chest-pain-emergency +0");
        assertThat(run("curriculum stats --format json")).contains("\"safetyRules\":[{\"id\":\"dvt-postpone\"",
                "\"questions\":2,\"questionIds\":[", "{\"id\":\"chest-pain-emergency\"", "\"questions\":0,\"questionIds\":[]");
    }

    @Test
    @Order(7)
    void aGiftBankIsImportedIntoANewModuleAndAModuleIsExported(@TempDir Path dir) throws Exception {
        Accounts.teacher(shell);
        String imported = run("curriculum import-gift src/test/resources/gift/sample.gift --module gift-bank");
        assertThat(imported).contains("Imported 9 question(s) into gift-bank (new module)", "skipped (listed above)",
                "sample.gift:", "The curriculum in use now includes them");
        assertThat(run("module show gift-bank")).contains("gift-bank", "Questions: 9");
        assertThat(run("curriculum import-gift no-such.gift --module gift-bank")).contains("Error: no such file: no-such.gift");

        Path out = dir.resolve("basics.gift");
        assertThat(run("curriculum export-gift basics --out " + out)).contains("skipped b-ordering", "Wrote 5 question(s) of basics");
        assertThat(Files.readString(out)).contains("$CATEGORY: palpate/basics/strokes", "::b-single::", "=Effleurage");
        assertThat(run("curriculum export-gift basics")).contains("::b-tf::", "{TRUE");
    }

    /** A reload in another process (it touches the reload stamp) reaches this open shell before its next question. */
    @Test
    @Order(7)
    void anOpenShellPicksUpAReloadMadeElsewhereBeforeTheNextQuestion(@Value("${palpate.home}") Path home) throws Exception {
        Accounts.student(shell, "rolf");
        run("quiz start --module basics --topic direction --count 2");
        Path questions = CURRICULUM.resolve("basics/questions.yaml");
        Files.writeString(questions, Files.readString(questions)
                .replace("prompt: Put the session steps in order.", "prompt: Put the steps of a session in order.")
                .replace("prompt: Effleurage on the limbs is usually directed toward the heart.",
                        "prompt: On the limbs, effleurage usually goes toward the heart."));
        assertThat(run("quiz next")).as("nothing reloaded yet").containsAnyOf("Put the session steps in order.",
                "Effleurage on the limbs is usually directed toward the heart.");
        Path stamp = home.resolve("curriculum-reloaded");
        Files.writeString(stamp, "elsewhere");
        Files.setLastModifiedTime(stamp, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 60_000));
        assertThat(run("quiz next")).containsAnyOf("Put the steps of a session in order.", "On the limbs, effleurage usually goes toward the heart.");
        run("quiz finish");
    }

    private String run(String command) throws Exception {
        return String.join("\n", shell.sendCommand(command).lines());
    }
}
