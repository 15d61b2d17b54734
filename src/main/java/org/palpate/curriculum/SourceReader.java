package org.palpate.curriculum;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Reads a file as strict UTF-8 text; anything unreadable becomes a problem instead of an exception. */
final class SourceReader {

    private final Problems problems;

    SourceReader(Problems problems) {
        this.problems = problems;
    }

    /** The file's text, or empty if it could not be read or decoded (a problem has then been reported). */
    Optional<SourceFile> read(Path path, String displayPath) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException | RuntimeException e) {
            problems.error(displayPath, Position.START, "cannot read the file (" + describe(e) + "); check that it "
                    + "exists and is readable");
            return Optional.empty();
        }
        Utf8Text.Result decoded = Utf8Text.decode(bytes);
        if (decoded.error() != null) {
            problems.error(displayPath, decoded.errorAt(), decoded.error());
            return Optional.empty();
        }
        String text = normaliseLineEndings(decoded.text());
        int control = ControlCharacters.firstOffset(text);
        if (control >= 0) {
            problems.error(displayPath, ControlCharacters.position(text, control), "the control character "
                    + ControlCharacters.name(text.charAt(control)) + " is not allowed in curriculum text; remove it "
                    + "(terminals would run it as a command)");
            return Optional.empty();
        }
        return Optional.of(new SourceFile(displayPath, text));
    }

    static String normaliseLineEndings(String text) {
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
