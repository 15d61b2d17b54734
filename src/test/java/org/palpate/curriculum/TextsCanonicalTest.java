package org.palpate.curriculum;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.LongStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link Texts#canonical} skips the whitespace regex when a text has nothing to collapse; that shortcut must give what
 * the regex gives, for every text. Seeded random texts of letters, accents and every kind of whitespace.
 */
class TextsCanonicalTest {

    private static final String PIECES = "a Z é e\u0301 \t\n\r\f\u000B\u00A0\u2003.";
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    static LongStream seeds() {
        return LongStream.range(0, 200).map(i -> 0x5EED_0000L + i);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theShortcutGivesWhatTheRegexGives(long seed) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(30); i > 0; i--) {
            text.append(PIECES.charAt(random.nextInt(PIECES.length())));
        }
        String expected = WHITESPACE.matcher(Normalizer.normalize(text, Normalizer.Form.NFC).strip()).replaceAll(" ");
        assertThat(Texts.canonical(text.toString())).as("seed %d, text [%s]", seed, text).isEqualTo(expected);
    }
}
