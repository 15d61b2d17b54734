package org.palpate.shell;

import java.util.List;

import org.jline.utils.WCWidth;

/**
 * The one table renderer of the shell (plain {@link Text#table} and Markdown tables in lessons). Cells are escaped
 * first ({@link Text#printable}: control characters shown as {@code \u001b}) and then measured in terminal columns,
 * as JLine measures them: a CJK character or an emoji takes two columns, a combining mark none.
 */
final class TextTable {

    private TextTable() {
    }

    /** How many terminal columns {@code shown} (already escaped) takes. */
    static int columns(String shown) {
        return shown.codePoints().map(c -> Math.max(0, WCWidth.wcwidth(c))).sum();
    }

    /** The rows escaped, as they will be shown. */
    static List<List<String>> shown(List<List<String>> rows) {
        return rows.stream().map(row -> row.stream().map(Text::printable).toList()).toList();
    }

    /** The widest cell of each column, in terminal columns, over rows already {@link #shown}. */
    static int[] widths(List<List<String>> shown) {
        int[] widths = new int[shown.stream().mapToInt(List::size).max().orElse(0)];
        for (List<String> row : shown) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], columns(row.get(i)));
            }
        }
        return widths;
    }

    /**
     * Rows already {@link #shown}, each cell padded to its column's width with two spaces between columns; numbers
     * after the first column are right-aligned when {@code alignNumbers}.
     */
    static String render(List<List<String>> shown, int[] widths, String indent, boolean alignNumbers) {
        StringBuilder out = new StringBuilder();
        for (List<String> row : shown) {
            StringBuilder line = new StringBuilder(indent);
            for (int i = 0; i < row.size(); i++) {
                String cell = row.get(i);
                String padding = " ".repeat(widths[i] - columns(cell));
                boolean number = alignNumbers && i > 0 && cell.matches("[0-9.,%/ -]+");
                line.append(number ? padding + cell : cell + padding).append("  ");
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }
}
