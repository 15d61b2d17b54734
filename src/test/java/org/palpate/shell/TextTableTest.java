package org.palpate.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jline.utils.WCWidth;
import org.junit.jupiter.api.Test;

/** Tables line up in terminal columns: wide characters take two, combining marks none, control characters are shown. */
class TextTableTest {

    /** Where the second column starts on each line, in terminal columns (as JLine measures them). */
    private static List<Integer> secondColumnStarts(String table) {
        return table.lines().map(line -> columns(line.substring(0, line.indexOf("  ")))
                + (int) line.substring(line.indexOf("  ")).chars().takeWhile(c -> c == ' ').count()).toList();
    }

    private static int columns(String text) {
        return text.codePoints().map(c -> Math.max(0, WCWidth.wcwidth(c))).sum();
    }

    @Test
    void wideAndCombiningCharactersAreMeasuredAsTheTerminalShowsThem() {
        String table = Text.table(List.of("NAME", "MODULE"), List.of(
                List.of("按摩", "basics"),
                List.of("💆💆 relax", "basics"),
                List.of("Re\u0301my", "safety"),
                List.of("plain-name-here", "strokes")));
        assertThat(secondColumnStarts(table)).containsOnly(17);
    }

    @Test
    void aControlCharacterIsEscapedBeforeTheCellIsMeasured() {
        String table = Text.table(List.of("NAME", "N"), List.of(List.of("evil\u001b[2J", "1"), List.of("ok", "22")));
        assertThat(table).contains("evil\\u001b[2J").doesNotContain("\u001b");
        assertThat(table.lines().skip(1).map(String::length).distinct()).hasSize(1); // the numbers end in one column
    }

    @Test
    void markdownTablesUseTheSameMeasure() {
        String text = MarkdownText.render("| Muscle | 中文 |\n|---|---|\n| trapezius | 斜方肌 |\n| deltoid | 三角肌 |\n");
        List<String> lines = text.strip().lines().filter(l -> !l.startsWith("-")).toList();
        assertThat(lines).hasSize(3);
        assertThat(secondColumnStarts(String.join("\n", lines)).stream().distinct()).hasSize(1);
    }
}
