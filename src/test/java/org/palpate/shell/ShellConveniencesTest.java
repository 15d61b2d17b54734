package org.palpate.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.jline.reader.Candidate;
import org.jline.reader.impl.DefaultParser;
import org.junit.jupiter.api.Test;
import org.palpate.support.PalpateTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.shell.jline.CommandCompleter;
import org.springframework.shell.test.ShellTestClient;

/** Help and Tab completion, as an interactive user meets them. */
@PalpateTest
class ShellConveniencesTest {

    @Autowired
    ShellTestClient shell;
    @Autowired
    CommandCompleter completer;

    @Test
    void helpListsGroupsInOrderEachCommandOnce() throws Exception {
        String help = String.join("\n", shell.sendCommand("help").lines());
        assertThat(help).containsSubsequence("Study", "quiz answer", "quiz start", "study", "Progress", "progress",
                "Curriculum", "curriculum validate", "Accounts", "learner add");
        assertThat(help.split("\n")).filteredOn(line -> line.strip().startsWith("help ")).hasSize(1);
        String usage = String.join("\n", shell.sendCommand("help quiz start").lines());
        assertThat(usage).contains("quiz start — Start a quiz", "--module", "module id", "--count");
        assertThat(String.join("\n", shell.sendCommand("help learner add").lines())).contains("Usage: learner add NAME [--role student|instructor]");
        assertThat(String.join("\n", shell.sendCommand("quiz start --help").lines())).isEqualTo(usage);
    }

    @Test
    void tabCompletesCommandsOptionsModuleAndQuestionIds() {
        assertThat(complete("question show s-")).contains("s-dvt", "s-tf");
        assertThat(complete("question show ")).contains("b-single", "s-dvt");
        assertThat(complete("quiz start --module ")).containsExactlyInAnyOrder("basics", "safety");
        assertThat(complete("quiz start --topic ")).contains("strokes", "vascular");
        assertThat(complete("quiz start --")).contains("--module", "--topic", "--count", "--mode");
        assertThat(complete("quiz start --mode")).as("a complete option is not rewritten").contains("--mode", "--module");
        assertThat(complete("quiz start --mode ")).containsExactly("daily", "practice", "exam");
        assertThat(complete("quiz start --module safety --topic ")).containsExactly("vascular");
        assertThat(complete("quiz answer A --rate ")).containsExactly("again", "hard", "good", "easy");
        assertThat(complete("quiz next --format ")).containsExactly("text", "json");
        assertThat(complete("quiz st")).contains("start", "status");
    }

    private List<String> complete(String typed) {
        List<Candidate> candidates = new ArrayList<>();
        completer.complete(null, new DefaultParser().parse(typed, typed.length()), candidates);
        return candidates.stream().map(Candidate::value).toList();
    }
}
