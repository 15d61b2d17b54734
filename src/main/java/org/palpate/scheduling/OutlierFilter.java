package org.palpate.scheduling;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * fsrs-rs's outlier filter ({@code dataset.rs filter_outlier}): items whose first long-term review is the card's
 * first are grouped by (first rating, gap before that review); per rating, the smallest groups are dropped until 5 %
 * (at least 20) of the items are gone, as are groups under 6 items or with gaps over 100 days (365 for Easy). Later
 * items of the dropped cards go too. The evaluator and the optimizer share it (see docs/optimizer.md).
 */
final class OutlierFilter {
    private static final int MIN_REMOVED = 20;
    private static final int MIN_GROUP_SIZE = 6;

    private OutlierFilter() {
    }

    /** What the filter needs to know about an item. */
    interface Grouped {
        /** Long-term reviews (a day or more after the previous one) of the item, its last review included. */
        int longTermReviews();

        int firstGrade();

        long firstLongTermGap();
    }

    /**
     * The filter's decision.
     *
     * @param keptFirstReviews the kept items whose last review is the card's first long-term one, in group order
     * @param removed          the (first grade, first gap) groups that were dropped
     */
    record Decision<T extends Grouped>(List<T> keptFirstReviews, Set<Key> removed) {
        boolean keeps(Grouped item) {
            return !removed.contains(new Key(item.firstGrade(), item.firstLongTermGap()));
        }
    }

    /**
     * As the fsrs-rs Node binding applies it before {@code evaluate}.
     *
     * @return the kept first-long-term-review items, in the filter's group order, then the other kept items in input
     *         order: the order fsrs-rs's recency weights are applied in
     */
    static <T extends Grouped> List<T> apply(List<T> items) {
        Decision<T> decision = decide(items);
        List<T> kept = new ArrayList<>(decision.keptFirstReviews());
        for (T item : items) {
            if (item.longTermReviews() != 1 && decision.keeps(item)) {
                kept.add(item);
            }
        }
        return kept;
    }

    /** Groups the first-long-term-review items and decides which groups are outliers. */
    static <T extends Grouped> Decision<T> decide(List<T> items) {
        Map<Integer, Map<Long, List<T>>> groups = new TreeMap<>();
        for (T item : items) {
            if (item.longTermReviews() == 1) {
                groups.computeIfAbsent(item.firstGrade(), grade -> new LinkedHashMap<>())
                        .computeIfAbsent(item.firstLongTermGap(), gap -> new ArrayList<>())
                        .add(item);
            }
        }
        Set<Key> removed = new HashSet<>();
        List<T> kept = new ArrayList<>();
        groups.forEach((grade, byGap) -> keepOrRemove(grade, byGap, removed, kept));
        return new Decision<>(kept, removed);
    }

    private static <T> void keepOrRemove(int grade, Map<Long, List<T>> byGap, Set<Key> removed, List<T> kept) {
        // fsrs-rs sorts by size then gap, both descending, and walks the list backwards: smallest groups first.
        List<Map.Entry<Long, List<T>>> smallestFirst = new ArrayList<>(byGap.entrySet());
        smallestFirst.sort(Comparator.<Map.Entry<Long, List<T>>>comparingInt(e -> e.getValue().size())
                .thenComparingLong(Map.Entry::getKey));
        int total = smallestFirst.stream().mapToInt(e -> e.getValue().size()).sum();
        int quota = Math.max(MIN_REMOVED, total / 20);
        long maxGap = grade == Rating.EASY.grade() ? 365 : 100;
        int removedSoFar = 0;
        for (Map.Entry<Long, List<T>> group : smallestFirst) {
            int size = group.getValue().size();
            Key key = new Key(grade, group.getKey());
            if (removedSoFar + size >= quota) {
                if (size < MIN_GROUP_SIZE || group.getKey() > maxGap) {
                    removed.add(key);
                } else {
                    kept.addAll(group.getValue());
                }
            } else {
                removedSoFar += size;
                removed.add(key);
            }
        }
    }

    record Key(int firstGrade, long firstLongTermGap) {
    }
}
