package org.palpate.scheduling;

/**
 * One predicted review (an fsrs-rs "item") with what the evaluation needs to know about the card's history.
 *
 * @param retrievability    predicted probability of recall just before the review
 * @param recalled          the label: the rating was better than Again
 * @param elapsedDays       days since the card's previous review (at least 1)
 * @param longTermReviews   reviews of the card so far, this one included, that came a day or more after the last
 * @param longTermLapses    earlier long-term reviews rated Again
 * @param firstGrade        grade of the card's first review
 * @param firstLongTermGap  gap before the card's first long-term review (outlier-filter key)
 */
record EvaluationItem(double retrievability, boolean recalled, long elapsedDays, int longTermReviews,
                      int longTermLapses, int firstGrade, long firstLongTermGap)
        implements OutlierFilter.Grouped {

    /** fsrs-rs {@code r_matrix_index}: bins by elapsed days, history length and lapses on log scales. */
    BinKey bin() {
        long delta = Math.round(2.48 * Math.pow(3.62, Math.floor(log(elapsedDays, 3.62))) * 100);
        long length = Math.round(1.99 * Math.pow(1.89, Math.floor(log(longTermReviews + 1.0, 1.89))));
        long lapses = longTermLapses == 0
                ? 0
                : Math.round(1.65 * Math.pow(1.73, Math.floor(log(longTermLapses, 1.73))));
        return new BinKey(delta, length, lapses);
    }

    record BinKey(long elapsedBin, long lengthBin, long lapseBin) {
    }

    private static double log(double value, double base) {
        return Math.log(value) / Math.log(base);
    }
}
