package org.palpate.curriculum.gift;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns names into Palpate ids (lowercase letters, digits and single inner hyphens, the rule
 * {@code CurriculumLoader} enforces), and texts into comparison keys the way the loader compares them.
 */
final class IdSpelling {

    static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private IdSpelling() {
    }

    /** "Pétrissage & Friction" becomes "petrissage-friction"; accents are dropped, not turned into hyphens. */
    static String slug(String text) {
        String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

    /** At most {@code max} characters, cut at a hyphen when one is near, so ids stay readable in commands. */
    static String shorten(String id, int max) {
        if (id.length() <= max) {
            return id;
        }
        String cut = id.substring(0, max);
        int hyphen = cut.lastIndexOf('-');
        return (hyphen >= max / 2 ? cut.substring(0, hyphen) : cut).replaceAll("-+$", "");
    }

    /** "trigger-points" gives "tp": the prefix the bundled course uses for its question ids. */
    static String initials(String moduleId) {
        StringBuilder initials = new StringBuilder();
        for (String part : moduleId.split("-")) {
            if (!part.isEmpty()) {
                initials.append(part.charAt(0));
            }
        }
        return initials.toString();
    }

    /** The loader's "same text" key: NFC, trimmed, inner whitespace collapsed, case-insensitive. */
    static String sameKey(String text) {
        String canonical = WHITESPACE.matcher(Normalizer.normalize(text, Normalizer.Form.NFC).strip()).replaceAll(" ");
        return canonical.toLowerCase(Locale.ROOT);
    }
}
