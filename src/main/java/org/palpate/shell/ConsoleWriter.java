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

    public PrintWriter err() {
        return err;
    }

    public static PrintWriter errorsOf(PrintWriter out) {
        return out instanceof ConsoleWriter console ? console.err() : out;
    }
}
