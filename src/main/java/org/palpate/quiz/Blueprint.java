package org.palpate.quiz;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/** Shares a number of exam questions between modules in proportion to the blueprint's weights. */
final class Blueprint {

    private Blueprint() {
    }

    /**
     * Largest-remainder allocation of {@code count} over the weights, never giving a module more than it has
     * ({@code available}); what a small module cannot take goes to the others by the same rule.
     */
    static Map<String, Integer> allocate(Map<String, Double> weights, int count, ToIntFunction<String> available) {
        Map<String, Integer> quota = new LinkedHashMap<>();
        weights.keySet().forEach(id -> quota.put(id, 0));
        int left = Math.min(count, weights.keySet().stream().mapToInt(available).sum());
        while (left > 0) {
            List<String> open = weights.keySet().stream().filter(id -> quota.get(id) < available.applyAsInt(id)).toList();
            double total = open.stream().mapToDouble(weights::get).sum();
            Map<String, Double> exact = new LinkedHashMap<>();
            for (String id : open) {
                exact.put(id, left * weights.get(id) / total);
            }
            int given = 0;
            for (String id : open) {
                int share = Math.min((int) Math.floor(exact.get(id)), room(id, quota, available));
                quota.merge(id, share, Integer::sum);
                given += share;
            }
            List<String> byRemainder = open.stream()
                    .sorted(Comparator.comparingDouble((String id) -> exact.get(id) - Math.floor(exact.get(id))).reversed()).toList();
            for (String id : byRemainder) {
                if (given < left && room(id, quota, available) > 0) {
                    quota.merge(id, 1, Integer::sum);
                    given++;
                }
            }
            left -= given;
        }
        return quota;
    }

    private static int room(String id, Map<String, Integer> quota, ToIntFunction<String> available) {
        return available.applyAsInt(id) - quota.get(id);
    }
}
