package org.palpate.curriculum.gift;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The four text formats a GIFT text may announce with a {@code [name]} prefix. Moodle's default is
 * {@link #MOODLE}; the answers and feedback of a question default to the format of its question text.
 */
public enum GiftTextFormat {
    MOODLE,
    HTML,
    PLAIN,
    MARKDOWN;

    /** The spelling inside the brackets, e.g. {@code html}. */
    public String marker() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The format spelt {@code name} (exactly, lowercase, as Moodle compares it), if any. */
    public static Optional<GiftTextFormat> byMarker(String name) {
        return Arrays.stream(values()).filter(f -> f.marker().equals(name)).findFirst();
    }
}
