package org.palpate.curriculum.gift;

import java.util.ArrayList;
import java.util.List;

import org.palpate.curriculum.Numerical;

/** A GIFT numerical question as a Palpate {@code numerical} key: the answers with full credit are the accepted ranges. */
final class GiftNumbers {

    private GiftNumbers() {
    }

    static boolean convert(GiftQuestion q, GiftConverter.Draft draft, GiftReporter report) {
        List<Numerical.Range> ranges = new ArrayList<>();
        for (GiftNumber n : q.numbers()) {
            if (n.weight() < GiftConverter.FULL_CREDIT) {
                if (n.weight() > 0) {
                    report.warning("answer `" + words(n) + "` (" + GiftConverter.percent(n.weight()) + ") is left out: "
                            + "Palpate accepts an answer fully or not at all");
                }
                continue;
            }
            ranges.add(new Numerical.Range(n.low(), n.high(), n.value()));
        }
        if (ranges.isEmpty()) {
            report.skip("it has no answer with full credit");
            return false;
        }
        draft.key = new Numerical(ranges, q.unit());
        return true;
    }

    private static String words(GiftNumber n) {
        return n.value() == null ? n.low().toPlainString() + ".." + n.high().toPlainString()
                : n.value().toPlainString() + ":" + n.high().subtract(n.value()).toPlainString();
    }
}
