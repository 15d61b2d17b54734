package org.palpate.curriculum;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 decoding. The JDK's lenient decoding would silently turn a Latin-1 "é" into U+FFFD, so we
 * decode with REPORT and translate the first bad byte into a line and column the author can find.
 */
final class Utf8Text {

    /** Either {@code text} (error null) or an {@code error} message at {@code errorAt}. */
    record Result(String text, String error, Position errorAt) {
    }

    private Utf8Text() {
    }

    static Result decode(byte[] bytes) {
        int start = 0;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            start = 3; // UTF-8 byte-order mark: accepted and dropped
        } else if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            return new Result(null, "the file is encoded as UTF-16; save it as UTF-8", Position.START);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int bad = in.position();
            return new Result(null, String.format("the file is not valid UTF-8: byte 0x%02X cannot be decoded; "
                    + "save the file with UTF-8 encoding", bytes[bad] & 0xFF), positionOf(bytes, start, bad));
        }
        decoder.flush(out);
        out.flip();
        return new Result(out.toString(), null, null);
    }

    /** Line = newlines before the bad byte + 1; column = characters (code points) on that line before it + 1. */
    private static Position positionOf(byte[] bytes, int start, int bad) {
        int line = 1;
        int lineStart = start;
        for (int i = start; i < bad; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        String before = new String(bytes, lineStart, bad - lineStart, StandardCharsets.UTF_8);
        return new Position(line, before.codePointCount(0, before.length()) + 1);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
