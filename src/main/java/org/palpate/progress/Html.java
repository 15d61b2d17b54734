package org.palpate.progress;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * HTML (and inline SVG) that escapes by construction: the only way to put text into a page is {@link #text}, which
 * escapes it, and attribute values are escaped for attributes. Markup is made only of elements, attributes and
 * entities whose names must be plain words, so no string, whatever it holds, can open a tag. Numbers are
 * formatted here, the same way everywhere: whole numbers as they are, fractions with one decimal.
 */
final class Html {

    private static final Pattern NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9-]*");

    private final StringBuilder out = new StringBuilder();

    private Html() {
    }

    /** An empty fragment to build on. */
    static Html of() {
        return new Html();
    }

    /** A fragment holding {@code text}, escaped. */
    static Html of(String text) {
        return new Html().text(text);
    }

    /** A whole document: the doctype, then what {@code content} adds. */
    static Html document() {
        Html page = new Html();
        page.out.append("<!DOCTYPE html>\n");
        return page;
    }

    /** Text, escaped for both element content and attribute values; {@code null} adds nothing. */
    Html text(String text) {
        escape(text);
        return this;
    }

    /** A whole number, as digits. */
    Html text(long number) {
        out.append(number);
        return this;
    }

    /** {@code <tag name="value"...>}: attributes in name, value pairs (see {@link #attributes}). */
    Html open(String tag, Object... attributes) {
        out.append('<').append(name(tag));
        attributes(attributes);
        out.append('>');
        return this;
    }

    /** {@code <tag .../>}, an SVG element with nothing inside. */
    Html empty(String tag, Object... attributes) {
        out.append('<').append(name(tag));
        attributes(attributes);
        out.append("/>");
        return this;
    }

    Html close(String tag) {
        out.append("</").append(name(tag)).append('>');
        return this;
    }

    /** An element holding text only. */
    Html el(String tag, String text, Object... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    /** An element holding a fragment built before. */
    Html el(String tag, Html content, Object... attributes) {
        return open(tag, attributes).add(content).close(tag);
    }

    /** A named character reference such as {@code &shy;}. */
    Html entity(String name) {
        out.append('&').append(name(name)).append(';');
        return this;
    }

    /** A line break in the page's source, for a person reading it. */
    Html newline() {
        out.append('\n');
        return this;
    }

    /** Another fragment, already safe since it was built the same way. */
    Html add(Html fragment) {
        out.append(fragment.out);
        return this;
    }

    /** A style sheet's content; it may not hold a {@code <}, so it cannot close its element. */
    Html css(String sheet) {
        if (sheet.indexOf('<') >= 0) {
            throw new IllegalArgumentException("a style sheet with '<' in it");
        }
        out.append(sheet);
        return this;
    }

    /** The markup; the one way out of the builder. */
    @Override
    public String toString() {
        return out.toString();
    }

    /**
     * Name, value pairs. A {@code null} value leaves its attribute out; a String is escaped; an Integer or Long is
     * written as digits; a Double with one decimal ({@code 12.0}), as SVG coordinates are.
     */
    private void attributes(Object[] pairs) {
        if (pairs.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name, value pairs");
        }
        for (int i = 0; i < pairs.length; i += 2) {
            Object value = pairs[i + 1];
            if (value == null) {
                continue;
            }
            out.append(' ').append(name((String) pairs[i])).append("=\"");
            if (value instanceof Integer || value instanceof Long) {
                out.append(value);
            } else if (value instanceof Double d) {
                out.append(String.format(Locale.ROOT, "%.1f", d));
            } else if (value instanceof String s) {
                escape(s);
            } else {
                throw new IllegalArgumentException("an attribute value of type " + value.getClass().getSimpleName());
            }
            out.append('"');
        }
    }

    private static String name(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not an element, attribute or entity name: " + name);
        }
        return name;
    }

    private void escape(String text) {
        if (text == null) {
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (Character.isISOControl(c) && c != '\n' && c != '\t') {
                        out.append('\uFFFD');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
    }
}
