package org.palpate.shell;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The output formats a command offers; checked by name so that a typo gets a clear message. */
enum Format {
    TEXT, TABLE, JSON, CSV, HTML;

    static Format of(String text, List<Format> allowed) {
        String wanted = text == null ? allowed.get(0).id() : text.strip().toLowerCase(Locale.ROOT);
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
