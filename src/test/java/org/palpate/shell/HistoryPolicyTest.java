package org.palpate.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the interactive shell keeps in PALPATE_HOME/history: never a line that may be a password. */
class HistoryPolicyTest {

    @Test
    void theLineAfterAFailedPasswordStepIsNotKept() {
        HistoryPolicy history = new HistoryPolicy();
        assertThat(history.keep("login kim", true)).isTrue();
        history.commandEnded(true, true); // wrong password
        assertThat(history.keep("hunter2-is-my-password", false)).isFalse();
        history.commandEnded(false, true);
        assertThat(history.keep("study", true)).isTrue();
    }

    @Test
    void evenAKnownCommandRightAfterAFailedPasswordStepIsNotKept() {
        HistoryPolicy history = new HistoryPolicy();
        history.commandEnded(true, true);
        assertThat(history.keep("progress", true)).as("the password may be the word 'progress'").isFalse();
        history.commandEnded(false, false);
        assertThat(history.keep("progress", true)).isTrue();
    }

    @Test
    void aSuccessfulPasswordStepDoesNotHideTheNextLine() {
        HistoryPolicy history = new HistoryPolicy();
        history.commandEnded(true, false);
        assertThat(history.keep("study", true)).isTrue();
    }

    @Test
    void aLineThatIsNoCommandIsNotKept() {
        assertThat(new HistoryPolicy().keep("correct horse battery", false)).isFalse();
    }

    @Test
    void aPasswordGivenAsAnArgumentIsNotKept() {
        assertThat(HistoryPolicy.givesAPassword("login kim hunter2")).isTrue();
        assertThat(HistoryPolicy.givesAPassword("learner add kim hunter2 --role student")).isTrue();
        assertThat(HistoryPolicy.givesAPassword("learner add kim --role student hunter2")).isTrue();
        assertThat(HistoryPolicy.givesAPassword("learner passwd kim hunter2")).isTrue();
        assertThat(HistoryPolicy.givesAPassword("login kim --password hunter2")).isTrue();
        assertThat(HistoryPolicy.givesAPassword("quiz start --pw x")).isTrue();
        assertThat(HistoryPolicy.givesAPassword("login \"Ana Maria\"")).isFalse();
        assertThat(HistoryPolicy.givesAPassword("learner add kim --role instructor")).isFalse();
        assertThat(HistoryPolicy.givesAPassword("learner passwd")).isFalse();
        assertThat(HistoryPolicy.givesAPassword("quiz answer B")).isFalse();
        assertThat(new HistoryPolicy().keep("login kim hunter2", true)).isFalse();
        assertThat(new HistoryPolicy().keep("login kim", true)).isTrue();
    }
}
