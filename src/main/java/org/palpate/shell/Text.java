package org.palpate.shell;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.shell.core.command.CommandArgument;
import org.springframework.shell.core.command.CommandContext;

/** Small helpers for what the shell prints: tables, durations, percentages, safe quoting. */
final class Text {

    private Text() {
    }

    static String required(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new UsageException(name + " is missing");
        }
        return value.strip();
    }

    /** The single NAME argument of a command; extra words mean a name with spaces that was not quoted. */
    static String name(CommandContext context) {
        List<String> words = context.parsedInput().arguments().stream().map(CommandArgument::value).toList();
        if (words.size() > 1) {
            throw new UsageException("too many words: a name with spaces goes in quotes, e.g. \"" + String.join(" ", words) + "\"");
        }
        return required(words.isEmpty() ? null : words.get(0), "NAME");
    }

    /** Quotes a name for the user to copy into a command; control characters are shown, never sent to the terminal. */
    static String quote(String name) {
        String visible = printable(name);
        return visible.matches("[\\p{L}\\p{N}._@-]+") ? visible : "\"" + visible.replace("\"", "\\\"") + "\"";
    }

    static String printable(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (TerminalSafeWriter.unsafe(c) || c == '\t') {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    static String percent(double share) {
        return Math.round(share * 100) + "%";
    }

    /** "1 min", "10 min", "3 h", "4 d", "2.1 mo", "1.3 y": how long until a review. */
    static String duration(Duration d) {
        long minutes = Math.max(1, Math.round(d.toSeconds() / 60.0));
        if (minutes < 60) {
            return minutes + " min";
        }
        double hours = minutes / 60.0;
        if (hours < 23.5) {
            return Math.round(hours) + " h";
        }
        double days = hours / 24;
        if (days < 30) {
            return Math.round(days) + " d";
        }
        if (days < 365) {
            return String.format(Locale.ROOT, "%.1f mo", days / 30.4);
        }
        return String.format(Locale.ROOT, "%.1f y", days / 365.25);
    }

    /** A plain, aligned table that reads well in any terminal and in a log (see {@link TextTable}). */
    static String table(List<String> header, List<List<String>> rows) {
        List<List<String>> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        List<List<String>> shown = TextTable.shown(all);
        return TextTable.render(shown, TextTable.widths(shown), "", true).stripTrailing();
    }

    static String wrap(String text, int width) {
        StringBuilder out = new StringBuilder();
        for (String paragraph : text.strip().split("\n")) {
            int column = 0;
            for (String word : paragraph.strip().split("\\s+")) {
                if (column > 0 && column + word.length() + 1 > width) {
                    out.append('\n');
                    column = 0;
                } else if (column > 0) {
                    out.append(' ');
                    column++;
                }
                out.append(word);
                column += word.length();
            }
            out.append('\n');
        }
        return out.toString().stripTrailing();
    }
}
