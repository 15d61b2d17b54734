package org.palpate.curriculum.gift;

import org.palpate.curriculum.ControlCharacters;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a GIFT text into the plain text Palpate shows in a terminal. Only simple markup is reduced (paragraphs,
 * line breaks, emphasis, lists, links, entities); anything else is left as written rather than guessed at.
 * <ul>
 *   <li>{@code [plain]}: already plain, kept as is.</li>
 *   <li>{@code [html]}: source whitespace is insignificant, so it is collapsed first; then breaks and paragraphs
 *       become line breaks, tags are removed and entities decoded.</li>
 *   <li>{@code [moodle]} (the default): Moodle's auto-format, where line breaks count and HTML tags may appear;
 *       well-known tags are removed and entities decoded, everything else (such as "pressure < 5 kg") stays.</li>
 *   <li>{@code [markdown]}: emphasis, code spans, headings and links are reduced; well-known HTML tags too.</li>
 * </ul>
 */
final class GiftMarkup {

    private static final String KNOWN_TAGS = "a|abbr|b|big|blockquote|br|cite|code|div|em|font|h[1-6]|hr|i|img"
            + "|li|ol|p|pre|s|small|span|strike|strong|sub|sup|table|tbody|td|th|thead|tr|tt|u|ul";
    private static final Pattern ANY_TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)\\b[^<>]*>");
    private static final Pattern KNOWN_TAG = Pattern.compile("<(/?)(" + KNOWN_TAGS + ")\\b[^<>]*>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern IMAGE = Pattern.compile("<img\\b[^<>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ALT = Pattern.compile("\\balt\\s*=\\s*(\"([^\"]*)\"|'([^']*)')",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");
    private static final Map<String, String> NAMED = Map.ofEntries(
            Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
            Map.entry("apos", "'"), Map.entry("nbsp", " "), Map.entry("ndash", "–"), Map.entry("mdash", "—"),
            Map.entry("hellip", "…"), Map.entry("lsquo", "‘"), Map.entry("rsquo", "’"), Map.entry("ldquo", "“"),
            Map.entry("rdquo", "”"), Map.entry("deg", "°"), Map.entry("times", "×"), Map.entry("middot", "·"),
            Map.entry("eacute", "é"), Map.entry("egrave", "è"), Map.entry("uuml", "ü"), Map.entry("ouml", "ö"),
            Map.entry("auml", "ä"), Map.entry("szlig", "ß"), Map.entry("copy", "©"), Map.entry("reg", "®"));

    private static final Pattern MD_LINK = Pattern.compile("(?<!!)\\[([^\\]\\n]+)]\\(([^)\\s]+)\\)");
    private static final Pattern MD_IMAGE = Pattern.compile("!\\[([^\\]\\n]*)]\\(([^)\\s]+)\\)");
    private static final Pattern MD_STRONG = Pattern.compile("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1");
    private static final Pattern MD_EMPHASIS = Pattern.compile("(?<![\\w*])([*_])(?=\\S)(.+?)(?<=\\S)\\1(?![\\w*])");
    private static final Pattern MD_CODE = Pattern.compile("`([^`\\n]+)`");
    private static final Pattern MD_HEADING = Pattern.compile("(?m)^#{1,6}\\s+");

    private GiftMarkup() {
    }

    static String toPlainText(GiftText text) {
        String plain = switch (text.format()) {
            case PLAIN -> text.text();
            case HTML -> fromHtml(text.text());
            case MOODLE -> reduce(text.text());
            case MARKDOWN -> reduce(fromMarkdown(text.text()));
        };
        return plain.strip();
    }

    /** True when the text shows an image, which a terminal cannot: the importer warns about it. */
    static boolean hasImage(GiftText text) {
        return text.format() != GiftTextFormat.PLAIN
                && (IMAGE.matcher(text.text()).find() || MD_IMAGE.matcher(text.text()).find());
    }

    /**
     * Text that may contain a few tags or entities: only when some were found is the layout tidied, so a text
     * without markup keeps every space and line break as written.
     */
    private static String reduce(String text) {
        String reduced = decodeEntities(removeTags(text, KNOWN_TAG));
        return reduced.equals(text) ? text : tidy(reduced);
    }

    private static String fromHtml(String html) {
        String text = html.replaceAll("\\s+", " ");
        text = removeTags(text, ANY_TAG);
        return tidy(decodeEntities(text));
    }

    /** Removes the tags {@code tags} matches; block-level tags leave a line break, images their alt text. */
    private static String removeTags(String text, Pattern tags) {
        Matcher m = tags.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(2).toLowerCase(Locale.ROOT);
            boolean closing = !m.group(1).isEmpty();
            String replacement = switch (name) {
                case "br", "tr" -> "\n";
                case "p", "div", "blockquote", "pre", "table", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6" ->
                        "\n\n";
                case "li" -> closing ? "" : "\n- ";
                case "td", "th" -> closing ? "" : " ";
                case "hr" -> "\n\n";
                case "img" -> altText(m.group());
                default -> "";
            };
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String altText(String imageTag) {
        Matcher alt = ALT.matcher(imageTag);
        if (!alt.find()) {
            return "[image]";
        }
        String text = alt.group(2) != null ? alt.group(2) : alt.group(3);
        return text.isBlank() ? "[image]" : "[image: " + text.strip() + "]";
    }

    private static String fromMarkdown(String markdown) {
        String text = MD_IMAGE.matcher(markdown).replaceAll(m -> Matcher.quoteReplacement(
                m.group(1).isBlank() ? "[image]" : "[image: " + m.group(1) + "]"));
        text = MD_LINK.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + " (" + m.group(2) + ")"));
        text = MD_CODE.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        text = MD_STRONG.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(2)));
        text = MD_EMPHASIS.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(2)));
        return MD_HEADING.matcher(text).replaceAll("");
    }

    private static String decodeEntities(String text) {
        Matcher m = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(entity(m.group(1), m.group())));
        }
        m.appendTail(out);
        return ControlCharacters.strip(out.toString()); // &#27; is ESC: never into the curriculum
    }

    private static String entity(String body, String whole) {
        try {
            if (body.startsWith("#x") || body.startsWith("#X")) {
                return Character.toString(Integer.parseInt(body.substring(2), 16));
            }
            if (body.startsWith("#")) {
                return Character.toString(Integer.parseInt(body.substring(1)));
            }
        } catch (IllegalArgumentException e) {
            return whole; // not a valid code point: leave it as written
        }
        return NAMED.getOrDefault(body, whole); // entity names are case-sensitive (&Eacute; is not &eacute;)
    }

    /** Trailing spaces on lines and runs of more than one blank line come from removed tags, not the author. */
    private static String tidy(String text) {
        return text.replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n[ \\t]+", "\n").replaceAll("\\n{3,}", "\n\n");
    }
}
