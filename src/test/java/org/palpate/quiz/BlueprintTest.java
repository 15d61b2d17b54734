package org.palpate.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class BlueprintTest {

    @Test
    void sharesFollowTheWeightsByLargestRemainder() {
        Map<String, Double> weights = new LinkedHashMap<>();
        weights.put("sd", 0.25);
        weights.put("tp", 0.25);
        weights.put("ci", 0.3);
        weights.put("ce", 0.2);
        assertThat(Blueprint.allocate(weights, 20, id -> 40)).containsExactly(
                Map.entry("sd", 5), Map.entry("tp", 5), Map.entry("ci", 6), Map.entry("ce", 4));
        // 10 questions: exact shares 2.5, 2.5, 3, 2 -> the two halves go to the largest remainders
        assertThat(Blueprint.allocate(weights, 10, id -> 40).values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(10);
        assertThat(Blueprint.allocate(weights, 10, id -> 40)).containsEntry("ci", 3).containsEntry("ce", 2);
    }

    @Test
    void aSmallModuleGivesWhatItCannotTakeToTheOthers() {
        Map<String, Double> weights = new LinkedHashMap<>();
        weights.put("big", 0.5);
        weights.put("small", 0.5);
        assertThat(Blueprint.allocate(weights, 10, id -> id.equals("small") ? 2 : 40)).containsExactly(
                Map.entry("big", 8), Map.entry("small", 2));
        assertThat(Blueprint.allocate(weights, 100, id -> id.equals("small") ? 2 : 40)).containsExactly(
                Map.entry("big", 40), Map.entry("small", 2));
    }

    static Stream<Long> seeds() {
        long base = System.nanoTime();
        System.out.println("BlueprintTest seeds start at " + base);
        return LongStream.range(0, 50).mapToObj(i -> base + i);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theSharesAlwaysAddUpAndFitTheModules(long seed) {
        Random random = new Random(seed);
        Map<String, Double> weights = new LinkedHashMap<>();
        Map<String, Integer> sizes = new LinkedHashMap<>();
        int modules = 1 + random.nextInt(6);
        for (int i = 0; i < modules; i++) {
            weights.put("m" + i, 0.05 + random.nextDouble());
            sizes.put("m" + i, random.nextInt(30));
        }
        int count = 1 + random.nextInt(80);
        Map<String, Integer> quota = Blueprint.allocate(weights, count, sizes::get);
        int capacity = sizes.values().stream().mapToInt(Integer::intValue).sum();
        assertThat(quota.values().stream().mapToInt(Integer::intValue).sum()).as("seed %d", seed).isEqualTo(Math.min(count, capacity));
        quota.forEach((id, n) -> assertThat(n).as("seed %d, %s", seed, id).isBetween(0, sizes.get(id)));
        if (capacity >= count * 10 && sizes.values().stream().allMatch(s -> s >= count)) {
            double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
            quota.forEach((id, n) -> assertThat((double) n).as("seed %d, %s", seed, id)
                    .isBetween(count * weights.get(id) / total - 1, count * weights.get(id) / total + 1));
        }
    }
}
