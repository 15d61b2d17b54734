package org.palpate.shell;

import java.io.IOException;
import java.io.Writer;

/**
 * The one place where text reaches a terminal: control characters (ESC and the rest of C0 and C1, except newline,
 * tab and CR LF) are written as {@code \u001b} and so on, so that curriculum text, imported questions or stored names
 * can neither retitle the terminal ({@code ESC ]0;}) nor clear it ({@code ESC [2J}). Palpate itself sends no escape
 * sequences through here (the prompt's colour goes through JLine).
 */
final class TerminalSafeWriter extends Writer {

    private final Writer out;
    /** A carriage return is safe only as part of CR LF (CSV records end so): it waits for the next character. */
    private boolean pendingReturn;

    TerminalSafeWriter(Writer out) {
        this.out = out;
    }

    /** Shown escaped anywhere; a carriage return is let through by the writer only right before a newline. */
    static boolean unsafe(int c) {
        return Character.isISOControl(c) && c != '\n' && c != '\t';
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
        StringBuilder safe = new StringBuilder(length + 16);
        for (int i = offset; i < offset + length; i++) {
            char c = buffer[i];
            if (pendingReturn) {
                pendingReturn = false;
                safe.append(c == '\n' ? "\r" : "\\u000d");
            }
            if (c == '\r') {
                pendingReturn = true;
            } else if (unsafe(c)) {
                safe.append(String.format("\\u%04x", (int) c));
            } else {
                safe.append(c);
            }
        }
        out.write(safe.toString());
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        if (pendingReturn) {
            out.write("\\u000d");
        }
        out.close();
    }
}
