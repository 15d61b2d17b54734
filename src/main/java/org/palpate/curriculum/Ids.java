package org.palpate.curriculum;

import org.snakeyaml.engine.v2.nodes.Node;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Id spelling rules. Ids appear in commands ({@code question show ci-dvt-01}), folder names and the review
 * log, so every kind of id uses the same safe alphabet: lowercase letters, digits, single inner hyphens.
 */
public final class Ids {

    public static final Pattern PATTERN = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private Ids() {
    }

    /** Reads the required {@code id} key of {@code map}; a badly spelt id is reported but still returned. */
    static Located<String> read(YamlMap map, String kind) {
        String id = map.requiredText("id");
        if (id == null) {
            return null;
        }
        check(map.document(), map.value("id"), id, kind);
        return map.document().locate(id, map.value("id"));
    }

    static void check(YamlDocument doc, Node at, String id, String kind) {
        if (!PATTERN.matcher(id).matches()) {
            String fixed = suggestion(id);
            doc.error(at, kind + " id `" + id + "` may contain only lowercase letters, digits and single hyphens"
                    + (fixed.isEmpty() ? "" : "; write `" + fixed + "`"));
        }
    }

    /** "Ci_DVT 01" becomes "ci-dvt-01". */
    static String suggestion(String id) {
        return id.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }
}
