package org.palpate.shell;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;


/** Where a report goes: the terminal, or a file with --out (then one line says where). */
final class ReportOutput {

    static final List<Format> FORMATS = Format.of(Format.TABLE, Format.CSV, Format.JSON, Format.HTML);

    private ReportOutput() {
    }

    /** The format asked for; with only --out given, the file's extension decides (report.html gives HTML). */
    static Format format(String format, String out) {
        if (format == null && out != null) {
            String name = out.toLowerCase(Locale.ROOT);
            for (Format f : List.of(Format.CSV, Format.JSON, Format.HTML)) {
                if (name.endsWith("." + f.id()) || (f == Format.HTML && name.endsWith(".htm"))) {
                    return f;
                }
            }
        }
        return Format.of(format, FORMATS);
    }

    static String emit(Format format, String out, boolean force, OutputFiles files, Supplier<String> content) {
        String text = content.get();
        if (out == null || out.isBlank()) {
            return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        }
        Path path = files.write(out, force, text);
        return "Wrote the " + format.id() + " report to " + path + " (" + Math.max(1, Math.round(text.getBytes(StandardCharsets.UTF_8).length / 1024.0))
                + " KB).";
    }
}
