package org.palpate.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

/** Control characters are escaped on the way to the terminal; a CRLF line end (CSV) is not one of them. */
class TerminalSafeWriterTest {

    @Test
    void escapesControlCharactersButKeepsCrlfLineEnds() throws IOException {
        StringWriter out = new StringWriter();
        try (TerminalSafeWriter safe = new TerminalSafeWriter(out)) {
            safe.write("a,b\r\n1,2\r");
            safe.write("\nred\u001b[31m over\rwrite\u0007");
            safe.flush();
        }
        assertThat(out.toString()).isEqualTo("a,b\r\n1,2\r\nred\\u001b[31m over\\u000dwrite\\u0007");
    }
}
