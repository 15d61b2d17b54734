package org.palpate.curriculum.gift;

/**
 * A text of a GIFT item with escapes already resolved ({@code \:} is {@code :}, {@code \n} a line break) and the
 * {@code [format]} prefix removed; {@code format} says how to read the markup that is left.
 */
public record GiftText(String text, GiftTextFormat format) {

    public boolean isBlank() {
        return text.isBlank();
    }
}
