package org.palpate.shell;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The output formats a command offers; checked by name so that a typo gets a clear message. */
enum Format {
    TEXT, TABLE, JSON, CSV, HTML;

    static Format of(String text, List<Format> allowed) {
        String typed = text == null ? allowed.get(0).id() : text.strip().toLowerCase(Locale.ROOT);
        // "text" and "table" both mean the plain terminal output, whichever word a command uses
        String wanted = typed.equals("text") && allowed.contains(TABLE) ? "table" : typed.equals("table") && allowed.contains(TEXT) ? "text" : typed;
        return allowed.stream().filter(f -> f.id().equals(wanted)).findFirst().orElseThrow(() -> new UsageException(
                "unknown format '" + text + "': use " + String.join(" or ", allowed.stream().map(Format::id).toList())));
    }

    String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    static List<Format> of(Format... formats) {
        return Arrays.asList(formats);
    }
}
