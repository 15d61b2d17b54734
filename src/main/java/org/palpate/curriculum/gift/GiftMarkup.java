package org.palpate.curriculum.gift;

import java.util.Locale;
import java.util.regex.Pattern;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.palpate.curriculum.ControlCharacters;

/**
 * Turns a GIFT text into the plain text Palpate shows in a terminal. HTML is read by jsoup (every HTML entity,
 * real tag parsing) and Markdown by commonmark; their result is then laid out as text: paragraphs, breaks and
 * list items become line breaks, images their alt text, links in Markdown keep their address.
 * <ul>
 *   <li>{@code [plain]}: already plain, kept as is.</li>
 *   <li>{@code [html]}: source whitespace is insignificant, so it is collapsed as a browser does.</li>
 *   <li>{@code [moodle]} (the default): Moodle's auto-format, where line breaks count and HTML tags may appear;
 *       well-known tags are read as HTML, any other {@code <} (such as "pressure < 5 kg") stays as written.</li>
 *   <li>{@code [markdown]}: Markdown (HTML inside it included).</li>
 * </ul>
 */
final class GiftMarkup {

    private static final String KNOWN_TAGS = "a|abbr|b|big|blockquote|br|cite|code|div|em|font|h[1-6]|hr|i|img"
            + "|li|ol|p|pre|s|small|span|strike|strong|sub|sup|table|tbody|td|th|thead|tr|tt|u|ul";
    /** A {@code <} that does not open or close a well-known tag: in Moodle's format it is text. */
    private static final Pattern LONE_LESS_THAN = Pattern.compile("<(?!/?(" + KNOWN_TAGS + ")\\b[^<>]*>)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ANY_MARKUP = Pattern.compile("<|&[#a-zA-Z0-9]+;");
    private static final Parser MARKDOWN = Parser.builder().build();
    private static final HtmlRenderer MARKDOWN_HTML = HtmlRenderer.builder().build();

    private GiftMarkup() {
    }

    static String toPlainText(GiftText text) {
        String plain = switch (text.format()) {
            case PLAIN -> text.text();
            case HTML -> fromHtml(text.text(), false, false);
            case MOODLE -> ANY_MARKUP.matcher(text.text()).find()
                    ? fromHtml(LONE_LESS_THAN.matcher(text.text()).replaceAll("&lt;"), true, false) : text.text();
            case MARKDOWN -> fromHtml(MARKDOWN_HTML.render(MARKDOWN.parse(text.text())), true, true);
        };
        return plain.strip();
    }

    /** True when the text shows an image, which a terminal cannot: the importer warns about it. */
    static boolean hasImage(GiftText text) {
        String html = switch (text.format()) {
            case PLAIN -> "";
            case MARKDOWN -> MARKDOWN_HTML.render(MARKDOWN.parse(text.text()));
            default -> text.text();
        };
        return !html.isEmpty() && !Jsoup.parseBodyFragment(html).select("img").isEmpty();
    }

    /**
     * @param keepLineBreaks whether line breaks in the source count (Moodle's format, Markdown's rendering)
     * @param linkAddresses  whether a link is followed by its address in brackets and the whitespace between blocks
     *                       ignored (commonmark's rendering of Markdown)
     */
    private static String fromHtml(String html, boolean keepLineBreaks, boolean linkAddresses) {
        StringBuilder out = new StringBuilder();
        for (Node node : Jsoup.parseBodyFragment(html).body().childNodes()) {
            append(node, out, keepLineBreaks, linkAddresses);
        }
        String text = ControlCharacters.strip(out.toString().replace('\u00A0', ' ')); // &#27; is ESC: never kept
        return tidy(text);
    }

    private static void append(Node node, StringBuilder out, boolean keepLineBreaks, boolean linkAddresses) {
        if (node instanceof TextNode text) {
            if (linkAddresses && text.isBlank() && node.parent() instanceof Element parent
                    && !parent.normalName().matches("p|li|h[1-6]|a|em|strong|code")) {
                return; // the layout commonmark's HTML has between blocks, not the author's
            }
            out.append(keepLineBreaks ? text.getWholeText() : text.getWholeText().replaceAll("\\s+", " "));
            return;
        }
        if (!(node instanceof Element element)) {
            return; // comments, doctype
        }
        String name = element.normalName().toLowerCase(Locale.ROOT);
        switch (name) {
            case "br" -> out.append('\n');
            case "img" -> {
                String alt = element.attr("alt").strip();
                out.append(alt.isEmpty() ? "[image]" : "[image: " + alt + "]");
            }
            case "hr" -> out.append("\n\n");
            default -> {
                out.append(switch (name) {
                    case "li" -> "\n- ";
                    case "td", "th" -> " ";
                    default -> "";
                });
                for (Node child : element.childNodes()) {
                    append(child, out, keepLineBreaks, linkAddresses);
                }
                String href = element.attr("href");
                if (linkAddresses && name.equals("a") && !href.isEmpty() && !href.equals(element.text())) {
                    out.append(" (").append(href).append(')');
                }
                out.append(switch (name) {
                    case "p", "div", "blockquote", "pre", "table", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6" -> "\n\n";
                    case "tr" -> "\n";
                    default -> "";
                });
            }
        }
    }

    /** Trailing spaces on lines and runs of more than one blank line come from removed tags, not the author. */
    private static String tidy(String text) {
        return text.replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n[ \\t]+", "\n").replaceAll("\\n{3,}", "\n\n");
    }
}
