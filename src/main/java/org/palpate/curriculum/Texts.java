package org.palpate.curriculum;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text comparisons shared by the validators and the content hash. */
final class Texts {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern ORDER_DEPENDENT = Pattern.compile(
            "\\b(all|none|both|neither) of (the )?(above|these|them|the answers|the choices)\\b");

    private Texts() {
    }

    /** NFC, trimmed, inner whitespace runs collapsed: the same text however the YAML wrapped or indented it. */
    static String canonical(String text) {
        String stripped = Normalizer.normalize(text, Normalizer.Form.NFC).strip();
        return hasWhitespaceToCollapse(stripped) ? WHITESPACE.matcher(stripped).replaceAll(" ") : stripped;
    }

    /** Whether {@link #WHITESPACE} would change {@code text}: any \s but a lone space (most texts have none). */
    private static boolean hasWhitespaceToCollapse(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isRegexSpace(c) && (c != ' ' || i + 1 < text.length() && isRegexSpace(text.charAt(i + 1)))) {
                return true;
            }
        }
        return false;
    }

    /** Java's {@code \s} without UNICODE_CHARACTER_CLASS. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** Key for "is this the same choice / item": canonical and case-insensitive. */
    static String sameKey(String text) {
        return canonical(text).toLowerCase(Locale.ROOT);
    }

    /** "All of the above" and friends refer to the other choices' positions, which the quiz shuffles. */
    static boolean isOrderDependentChoice(String text) {
        return ORDER_DEPENDENT.matcher(sameKey(text)).find();
    }

    static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
