package org.palpate.curriculum;

/**
 * Control characters in curriculum text: ESC and the rest of C0 and C1 would reach students' terminals as
 * commands (retitle, clear the screen). Newline and tab are text; anything else is refused by validation.
 */
public final class ControlCharacters {

    private ControlCharacters() {
    }

    static boolean forbidden(int c) {
        return Character.isISOControl(c) && c != '\n' && c != '\t';
    }

    /** The first forbidden character of {@code text}, or -1. */
    static int first(String text) {
        int at = firstOffset(text);
        return at < 0 ? -1 : text.charAt(at);
    }

    static int firstOffset(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (forbidden(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    static String name(int c) {
        return String.format("U+%04X%s", c, c == 0x1B ? " (ESC)" : "");
    }

    /** Line and column (code points, from 1) of the character at {@code offset}. */
    static Position position(String text, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Position(line, text.codePointCount(lineStart, offset) + 1);
    }

    /** {@code text} without forbidden characters (for imports from other systems). */
    public static String strip(String text) {
        return text.codePoints().filter(c -> !forbidden(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }
}
