package org.palpate.scheduling;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Review histories turned into fsrs-rs training items (docs/optimizer.md, "Items"): every review that comes a day or
 * more after the card's previous one is an item, predicted from all the card's reviews before it.
 *
 * <p>Cards are put in a canonical order first (by the day of their first review, then by card id, numbers in
 * numeric order), so the result does not depend on the order the histories were handed in. For a log written in
 * time order this is the order fsrs-rs receives the items in.
 */
final class TrainingSet {
    final int[][] grades;
    final int[][] gaps;
    final List<Item> items;

    /**
     * One item.
     *
     * @param card            index of the card in {@link #grades}
     * @param end             position of the predicted review within the card (at least 1)
     * @param longTermReviews reviews up to and including {@code end} that came a day or more after the previous one
     */
    record Item(int card, int end, int longTermReviews, int firstGrade, long firstLongTermGap, boolean recalled)
            implements OutlierFilter.Grouped {
        /** fsrs-rs counts the predicted review in an item's length. */
        int length() {
            return end + 1;
        }
    }

    private TrainingSet(int[][] grades, int[][] gaps, List<Item> items) {
        this.grades = grades;
        this.gaps = gaps;
        this.items = items;
    }

    /**
     * @param historiesByCard each card's reviews in chronological order, by card id
     * @throws IllegalArgumentException if a history goes back in time
     */
    static TrainingSet of(Map<String, List<Review>> historiesByCard) {
        List<Map.Entry<String, List<Review>>> cards = new ArrayList<>();
        for (Map.Entry<String, List<Review>> entry : historiesByCard.entrySet()) {
            if (entry.getValue() != null && !entry.getValue().isEmpty()) {
                cards.add(entry);
            }
        }
        cards.sort(Comparator.<Map.Entry<String, List<Review>>>comparingLong(e -> e.getValue().get(0).day())
                .thenComparing(Map.Entry::getKey, TrainingSet::compareIds));
        int[][] grades = new int[cards.size()][];
        int[][] gaps = new int[cards.size()][];
        List<Item> items = new ArrayList<>();
        for (int card = 0; card < cards.size(); card++) {
            List<Review> history = cards.get(card).getValue();
            grades[card] = new int[history.size()];
            gaps[card] = new int[history.size()];
            int longTerm = 0;
            long firstGap = -1;
            for (int i = 0; i < history.size(); i++) {
                grades[card][i] = history.get(i).rating().grade();
                if (i == 0) {
                    continue;
                }
                long gap = history.get(i).day() - history.get(i - 1).day();
                if (gap < 0) {
                    throw new IllegalArgumentException("card " + cards.get(card).getKey()
                            + ": reviews must be in chronological order");
                }
                gaps[card][i] = (int) Math.min(gap, Integer.MAX_VALUE);
                if (gap >= 1) {
                    longTerm++;
                    if (firstGap < 0) {
                        firstGap = gap;
                    }
                    items.add(new Item(card, i, longTerm, grades[card][0], firstGap, grades[card][i] > 1));
                }
            }
        }
        return new TrainingSet(grades, gaps, List.copyOf(items));
    }

    /** Card ids made of digits compare as numbers (Anki card ids are creation times), others as text. */
    static int compareIds(String a, String b) {
        boolean numeric = !a.isEmpty() && !b.isEmpty() && a.chars().allMatch(Character::isDigit)
                && b.chars().allMatch(Character::isDigit);
        if (numeric) {
            String x = a.replaceFirst("^0+(?=.)", "");
            String y = b.replaceFirst("^0+(?=.)", "");
            int byLength = Integer.compare(x.length(), y.length());
            if (byLength != 0) {
                return byLength;
            }
            int byDigits = x.compareTo(y);
            return byDigits != 0 ? byDigits : a.compareTo(b);
        }
        return a.compareTo(b);
    }
}
