package org.palpate.curriculum.gift;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Plain scalars that YAML 1.2 (our emitter) reads as text but that a YAML 1.1 reader (PyYAML, older editor modes)
 * reads as something else: booleans such as {@code yes} or {@code off}, the value key {@code =}, the merge key
 * {@code <<}, null {@code ~}, sexagesimal and underscored numbers, dates. Such text is written quoted, so a file
 * Palpate writes means the same in every common parser.
 */
final class Yaml11 {

    private static final Set<String> WORDS = Set.of("y", "n", "yes", "no", "on", "off", "true", "false", "null", "~", "=", "<<");
    private static final Pattern NUMBER_LIKE = Pattern.compile(
            "[-+]?(0b[01_]+|0x[0-9a-fA-F_]+|0[0-7_]+|[0-9][0-9_]*(:[0-5]?[0-9])+(\\.[0-9_]*)?|[0-9][0-9_]*(\\.[0-9_]*)?([eE][-+]?[0-9]+)?"
                    + "|\\.[0-9_]+([eE][-+]?[0-9]+)?|\\.(inf|Inf|INF|nan|NaN|NAN))");
    private static final Pattern DATE_LIKE = Pattern.compile("[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt ].*)?");

    private Yaml11() {
    }

    static boolean ambiguous(String value) {
        String v = value.strip();
        return WORDS.contains(v.toLowerCase(Locale.ROOT)) || NUMBER_LIKE.matcher(v).matches() || DATE_LIKE.matcher(v).matches();
    }
}
