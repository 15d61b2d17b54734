package org.palpate.curriculum.gift;

/**
 * A part of one block's (protected) text, remembered by position so that any part can be traced back to its
 * line in the file for messages. Positions passed to and returned by the methods are relative to the span.
 */
record Span(String source, int start, int end) {

    static Span of(String source) {
        return new Span(source, 0, source.length());
    }

    String text() {
        return source.substring(start, end);
    }

    int length() {
        return end - start;
    }

    boolean isEmpty() {
        return start == end;
    }

    char charAt(int index) {
        return source.charAt(start + index);
    }

    Span sub(int from, int to) {
        return new Span(source, start + from, start + to);
    }

    Span from(int from) {
        return sub(from, length());
    }

    Span to(int to) {
        return sub(0, to);
    }

    int indexOf(String part) {
        int at = source.indexOf(part, start);
        return at < 0 || at + part.length() > end ? -1 : at - start;
    }

    int indexOf(char c) {
        return indexOf(String.valueOf(c));
    }

    int lastIndexOf(String part) {
        int at = source.lastIndexOf(part, end - part.length());
        return at < start ? -1 : at - start;
    }

    boolean startsWith(String prefix) {
        return length() >= prefix.length() && source.startsWith(prefix, start);
    }

    /** Without the characters PHP's trim() strips at either end (Moodle trims every part it cuts out). */
    Span trim() {
        int s = start;
        int e = end;
        while (s < e && GiftEscapes.isTrimmed(source.charAt(s))) {
            s++;
        }
        while (e > s && GiftEscapes.isTrimmed(source.charAt(e - 1))) {
            e--;
        }
        return new Span(source, s, e);
    }
}
