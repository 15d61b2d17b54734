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
        return WHITESPACE.matcher(Normalizer.normalize(text, Normalizer.Form.NFC).strip()).replaceAll(" ");
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
