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
 * fsrs-rs's outlier filter ({@code dataset.rs filter_outlier}) as the fsrs-rs Node binding applies it before
 * {@code evaluate}: items whose first long-term review is the card's first are grouped by (first rating, gap before
 * that review); per rating, the smallest groups are dropped until 5 % (at least 20) of the items are gone, as are
 * groups under 6 items or with gaps over 100 days (365 for Easy). Later items of the dropped cards go too.
 */
final class OutlierFilter {
    private static final int MIN_REMOVED = 20;
    private static final int MIN_GROUP_SIZE = 6;

    private OutlierFilter() {
    }

    /**
     * @return the kept first-long-term-review items, in the filter's group order, then the other kept items in input
     *         order: the order fsrs-rs's recency weights are applied in
     */
    static List<EvaluationItem> apply(List<EvaluationItem> items) {
        Map<Integer, Map<Long, List<EvaluationItem>>> groups = new TreeMap<>();
        List<EvaluationItem> later = new ArrayList<>();
        for (EvaluationItem item : items) {
            if (item.longTermReviews() == 1) {
                groups.computeIfAbsent(item.firstGrade(), grade -> new LinkedHashMap<>())
                        .computeIfAbsent(item.firstLongTermGap(), gap -> new ArrayList<>())
                        .add(item);
            } else {
                later.add(item);
            }
        }
        Set<Key> removed = new HashSet<>();
        List<EvaluationItem> kept = new ArrayList<>();
        groups.forEach((grade, byGap) -> keepOrRemove(grade, byGap, removed, kept));
        for (EvaluationItem item : later) {
            if (!removed.contains(new Key(item.firstGrade(), item.firstLongTermGap()))) {
                kept.add(item);
            }
        }
        return kept;
    }

    private static void keepOrRemove(int grade, Map<Long, List<EvaluationItem>> byGap, Set<Key> removed,
                                     List<EvaluationItem> kept) {
        // fsrs-rs sorts by size then gap, both descending, and walks the list backwards: smallest groups first.
        List<Map.Entry<Long, List<EvaluationItem>>> smallestFirst = new ArrayList<>(byGap.entrySet());
        smallestFirst.sort(Comparator.<Map.Entry<Long, List<EvaluationItem>>>comparingInt(e -> e.getValue().size())
                .thenComparingLong(Map.Entry::getKey));
        int total = smallestFirst.stream().mapToInt(e -> e.getValue().size()).sum();
        int quota = Math.max(MIN_REMOVED, total / 20);
        long maxGap = grade == Rating.EASY.grade() ? 365 : 100;
        int removedSoFar = 0;
        for (Map.Entry<Long, List<EvaluationItem>> group : smallestFirst) {
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

    private record Key(int firstGrade, long firstLongTermGap) {
    }
}
