package org.palpate.curriculum.gift;

/**
 * GIFT's backslash escapes. A backslash makes {@code ~ = # { } :} ordinary characters, {@code \n} is a line break
 * and {@code \\} a backslash; any other backslash stays as written (Moodle's rules).
 * <p>
 * While a block is cut into name, text and answers, an escaped special character must not count as syntax, so
 * {@link #protect} first replaces each one by a private-use character (Moodle uses {@code &&058;}-style
 * placeholders for the same purpose) and {@link #restore} turns them into the real characters once a part has
 * been cut out. Private-use characters never appear in real question texts.
 */
final class GiftEscapes {

    private static final String SPECIAL = ":#={}~";
    private static final char FIRST_PLACEHOLDER = '\uE000';
    private static final char NEWLINE_PLACEHOLDER = (char) (FIRST_PLACEHOLDER + SPECIAL.length());

    private GiftEscapes() {
    }

    /** Resolves {@code \\} and replaces every other escape by a placeholder that no later step treats as syntax. */
    static String protect(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            char next = i + 1 < raw.length() ? raw.charAt(i + 1) : 0;
            if (c != '\\' || next == 0) {
                out.append(c);
            } else if (next == '\\') {
                out.append('\\');
                i++;
            } else if (next == 'n') {
                out.append(NEWLINE_PLACEHOLDER);
                i++;
            } else if (SPECIAL.indexOf(next) >= 0) {
                out.append((char) (FIRST_PLACEHOLDER + SPECIAL.indexOf(next)));
                i++;
            } else {
                out.append(c); // a backslash before an ordinary character is an ordinary backslash
            }
        }
        return out.toString();
    }

    /** Turns placeholders back into the characters they stand for. */
    static String restore(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == NEWLINE_PLACEHOLDER) {
                out.append('\n');
            } else if (c >= FIRST_PLACEHOLDER && c < NEWLINE_PLACEHOLDER) {
                out.append(SPECIAL.charAt(c - FIRST_PLACEHOLDER));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Escapes a text for writing (Moodle's exporter does the same): backslash and the specials get a backslash,
     * a line break becomes {@code \n} (a real blank line would end the question), carriage returns are dropped.
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' || SPECIAL.indexOf(c) >= 0) {
                out.append('\\').append(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c != '\r') {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** PHP's trim(): only space, tab, line breaks, NUL and vertical tab, exactly what Moodle strips. */
    static String trim(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isTrimmed(text.charAt(start))) {
            start++;
        }
        while (end > start && isTrimmed(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    static boolean isTrimmed(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\0' || c == '\u000B';
    }
}
