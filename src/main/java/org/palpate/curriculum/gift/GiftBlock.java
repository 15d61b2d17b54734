package org.palpate.curriculum.gift;

/**
 * One blank-line separated block of a GIFT file while it is read: its lines trimmed and joined, comment lines
 * blanked (so positions still map to lines), escapes protected; {@code comments} holds the comment lines.
 */
record GiftBlock(String text, int firstLine, String comments) {

    /** The file line of a position in {@link #text}. */
    int lineAt(int offset) {
        int line = firstLine;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
