package org.palpate.curriculum;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DidYouMeanTest {

    private static final List<String> KEYS = QuestionReader.COMMON_KEYS;

    @Test
    void suggestsTheNearestKeyWithinTwoEdits() {
        assertThat(DidYouMean.suggest("explanaton", KEYS)).contains("explanation");
        assertThat(DidYouMean.suggest("tpoic", KEYS)).contains("topic"); // swapped letters count once
        assertThat(DidYouMean.suggest("Prompt", KEYS)).contains("prompt");
        assertThat(DidYouMean.suggest("dificulty", KEYS)).contains("difficulty");
    }

    @Test
    void staysQuietWhenNothingIsClose() {
        assertThat(DidYouMean.suggest("colour", KEYS)).isEmpty();
        assertThat(DidYouMean.suggest("xy", KEYS)).isEmpty(); // short words: one edit at most
    }

    @Test
    void distance() {
        assertThat(DidYouMean.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(DidYouMean.distance("ab", "ba")).isEqualTo(1);
        assertThat(DidYouMean.distance("", "abc")).isEqualTo(3);
    }
}
