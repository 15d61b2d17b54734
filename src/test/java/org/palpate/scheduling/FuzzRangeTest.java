package org.palpate.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Anki's fuzz vectors (docs/scheduling.md §1.3, rslib fuzz.rs): the same ranges as py-fsrs and ts-fsrs. */
class FuzzRangeTest {

    @ParameterizedTest(name = "interval {0} within [{1}, {2}] without fuzz -> {3}")
    @CsvSource({"1.5, 1, 100, 2", "0.1, 1, 100, 1", "101, 1, 100, 100"})
    void withoutFuzzTheIntervalIsRoundedAndBounded(double interval, int minimum, int maximum, int expected) {
        assertThat(FuzzRange.unfuzzed(interval, minimum, maximum)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "interval {0} within [{1}, {2}] -> {3} / {4} / {5} at 0 / 0.5 / 0.99")
    @CsvSource({
            "1.0, 1, 1000, 1, 1, 1",
            "2.49, 1, 1000, 2, 2, 2",
            "2.5, 1, 1000, 2, 3, 4",
            "7.0, 1, 1000, 5, 7, 9",
            "17.0, 1, 1000, 14, 17, 20",
            "37.0, 1, 1000, 33, 37, 41",
            "2.0, 2, 1000, 2, 2, 2",
            "2.0, 3, 1000, 3, 4, 4",
            "2.0, 3, 3, 3, 3, 3",
            "6.9, 3, 1000, 5, 7, 9",
            "7.0, 3, 1000, 5, 7, 9",
            "7.1, 3, 1000, 5, 7, 9",
            "19.9, 3, 1000, 17, 20, 23",
            "20.0, 3, 1000, 17, 20, 23",
            "20.1, 3, 1000, 17, 20, 23",
            "100, 101, 1000, 101, 105, 108",
            "100, 1, 99, 92, 96, 99",
            "100, 97, 103, 97, 100, 103"})
    void fuzzPicksUniformlyWithinTheRange(double interval, int minimum, int maximum, int atZero, int atHalf,
                                          int atAlmostOne) {
        FuzzRange range = FuzzRange.around(interval, minimum, maximum);
        assertThat(range.pick(0.0)).isEqualTo(atZero);
        assertThat(range.pick(0.5)).isEqualTo(atHalf);
        assertThat(range.pick(0.99)).isEqualTo(atAlmostOne);
    }

    @ParameterizedTest(name = "delta({0}) = {1}")
    @CsvSource({"2.4, 0", "2.5, 1", "7, 1.675", "20, 2.975", "100, 6.975"})
    void deltaGrowsByRange(double interval, double expected) {
        assertThat(FuzzRange.delta(interval)).isCloseTo(expected, org.assertj.core.api.Assertions.within(1e-9));
    }

    @org.junit.jupiter.api.Test
    void fractionMustBeBelowOne() {
        FuzzRange range = FuzzRange.around(30, 1, 100);
        assertThat(range.pick(Math.nextDown(1.0))).isEqualTo(range.upper());
        assertThatThrownBy(() -> range.pick(1.0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> range.pick(-0.1)).isInstanceOf(IllegalArgumentException.class);
    }
}
