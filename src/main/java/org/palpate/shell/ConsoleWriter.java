package org.palpate.shell;

import java.io.PrintWriter;
import java.io.Writer;

/**
 * Standard output that also knows where errors go. In one-shot mode errors go to standard error;
 * everywhere else (the interactive terminal, ShellTestClient) a plain writer gets both.
 */
public class ConsoleWriter extends PrintWriter {

    private final PrintWriter err;

    public ConsoleWriter(Writer out, PrintWriter err) {
        super(out, true);
        this.err = err;
    }

    /** Where errors go; this writer itself when it has no other. */
    public PrintWriter err() {
        return err == null ? this : err;
    }

    /** {@code out} (and its error writer) with control characters shown instead of sent: see TerminalSafeWriter. */
    static ConsoleWriter terminalSafe(PrintWriter out) {
        PrintWriter err = errorsOf(out);
        return new ConsoleWriter(new TerminalSafeWriter(out), err == out ? null : new PrintWriter(new TerminalSafeWriter(err), true));
    }

    public static PrintWriter errorsOf(PrintWriter out) {
        return out instanceof ConsoleWriter console ? console.err() : out;
    }
}
