package org.palpate.shell;

import java.io.IOException;
import java.io.Writer;

/**
 * The one place where text reaches a terminal: control characters (ESC and the rest of C0 and C1, except newline,
 * tab, and a carriage return that ends a line as CRLF, which CSV output uses) are written as {@code \u001b} and so on, so that curriculum text, imported questions or stored names
 * can neither retitle the terminal ({@code ESC ]0;}) nor clear it ({@code ESC [2J}). Palpate itself sends no escape
 * sequences through here (the prompt's colour goes through JLine).
 */
final class TerminalSafeWriter extends Writer {

    private static final boolean CRLF = System.lineSeparator().equals("\r\n");

    private final Writer out;
    /** A carriage return at the end of the last write: safe if the next character is a newline. */
    private boolean pendingReturn;

    TerminalSafeWriter(Writer out) {
        this.out = out;
    }

    static boolean unsafe(int c) {
        return Character.isISOControl(c) && c != '\n' && c != '\t' && !(CRLF && c == '\r');
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return;
        }
        if (pendingReturn) {
            pendingReturn = false;
            out.write(buffer[offset] == '\n' ? "\r" : "\\u000d");
        }
        int start = offset;
        for (int i = offset; i < offset + length; i++) {
            if (buffer[i] == '\r' && !CRLF) {
                if (i + 1 == offset + length) {
                    out.write(buffer, start, i - start);
                    pendingReturn = true;
                    return;
                }
                if (buffer[i + 1] == '\n') {
                    continue;
                }
            }
            if (unsafe(buffer[i])) {
                out.write(buffer, start, i - start);
                out.write(String.format("\\u%04x", (int) buffer[i]));
                start = i + 1;
            }
        }
        out.write(buffer, start, offset + length - start);
    }

    @Override
    public void flush() throws IOException {
        if (pendingReturn) {
            pendingReturn = false;
            out.write("\\u000d");
        }
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
