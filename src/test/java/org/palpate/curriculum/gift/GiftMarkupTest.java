package org.palpate.curriculum.gift;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** GIFT's HTML and Markdown texts are read by real parsers (jsoup, commonmark), not by a list of patterns. */
class GiftMarkupTest {

    private static String plain(String text, GiftTextFormat format) {
        return GiftMarkup.toPlainText(new GiftText(text, format));
    }

    @Test
    void everyHtmlEntityIsDecoded() {
        // none of these was among the 24 entities the importer once knew
        assertThat(plain("&frac12; the dose, &Eacute;lise&rsquo;s &hearts; &ccedil;a", GiftTextFormat.HTML))
                .isEqualTo("½ the dose, Élise’s ♥ ça");
        assertThat(plain("Hold for 30&nbsp;s &ndash; then &#x2192; release", GiftTextFormat.MOODLE))
                .isEqualTo("Hold for 30 s – then → release");
    }

    @Test
    void htmlIsParsedNotPatternMatched() {
        // a ">" inside an attribute and tags in capitals are still tags
        assertThat(plain("<P title=\"a > b\">Press <STRONG>lightly</STRONG></P><!-- note -->", GiftTextFormat.HTML))
                .isEqualTo("Press lightly");
        assertThat(plain("<ul><li>Effleurage</li><li>Petrissage</li></ul>", GiftTextFormat.HTML))
                .isEqualTo("- Effleurage\n- Petrissage");
    }

    @Test
    void markdownIsReadAsMarkdown() {
        assertThat(plain("# Strokes\n\n* **Effleurage** _glides_\n* `tapotement` taps", GiftTextFormat.MARKDOWN))
                .isEqualTo("Strokes\n\n- Effleurage glides\n- tapotement taps");
        assertThat(plain("2 * 3 = 6 and 4 * 5 = 20", GiftTextFormat.MARKDOWN)).isEqualTo("2 * 3 = 6 and 4 * 5 = 20");
    }

    @Test
    void moodleTextWithoutMarkupKeepsEverySpaceAndALessThanStays() {
        assertThat(plain("Two  spaces\nand a line", GiftTextFormat.MOODLE)).isEqualTo("Two  spaces\nand a line");
        assertThat(plain("<b>Less</b> than 5 kg: pressure < 5 & <muscle>", GiftTextFormat.MOODLE))
                .isEqualTo("Less than 5 kg: pressure < 5 & <muscle>");
    }
}
