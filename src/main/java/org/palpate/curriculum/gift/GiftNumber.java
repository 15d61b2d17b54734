package org.palpate.curriculum.gift;

import java.math.BigDecimal;

/**
 * One answer of a numerical question: {@code value:tolerance}, {@code min..max} or a bare {@code value}, with its
 * credit in percent (100 for the first or {@code =} answers, the written {@code %n%}, 0 for {@code ~}).
 *
 * @param value the value as written, or null for a {@code min..max} range
 */
public record GiftNumber(BigDecimal low, BigDecimal high, BigDecimal value, double weight, int line) {
}
