package org.palpate.scheduling;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Fits the 21 FSRS-6 weights to review histories the way fsrs-rs's {@code compute_parameters} does
 * (docs/optimizer.md): outlier filter, pretraining of the initial stabilities, recency weights, then 5 epochs of
 * Adam on batches of 512 items with a cosine-annealed learning rate from 0.04, an L2 pull towards the starting
 * weights, and clipping after every step; the epoch with the lowest training loss wins. Deterministic: batches are
 * shuffled by a seeded generator, and items are ordered canonically first.
 */
public final class FsrsOptimizer {
    static final int EPOCHS = 5;
    static final int BATCH_SIZE = 512;
    static final double LEARNING_RATE = 0.04;
    static final long SEED = 2023;
    static final int MAX_SEQUENCE_LENGTH = 256;
    static final double GAMMA = 1.0;
    /** fsrs-rs's prior spread of each weight across users: the L2 term pulls narrow weights harder. */
    static final double[] PARAMS_STDDEV = {6.43, 9.66, 17.58, 27.85, 0.57, 0.28, 0.6, 0.12, 0.39, 0.18, 0.33, 0.3,
            0.09, 0.16, 0.57, 0.25, 1.03, 0.31, 0.32, 0.14, 0.27};
    private static final int MIN_ITEMS = 8;
    private static final int MIN_TRAINING_ITEMS = 64;

    private final int epochs;
    private final int batchSize;

    public FsrsOptimizer() {
        this(EPOCHS, BATCH_SIZE);
    }

    /** With another training length, for tests that follow training step by step. */
    FsrsOptimizer(int epochs, int batchSize) {
        this.epochs = epochs;
        this.batchSize = batchSize;
    }

    /**
     * @param historiesByCard each card's reviews in chronological order, by card id (the order of the map does not
     *                        matter)
     * @throws IllegalArgumentException if a history goes back in time
     */
    public FittedParameters fit(Map<String, List<Review>> historiesByCard) {
        TrainingSet data = TrainingSet.of(historiesByCard);
        OutlierFilter.Decision<TrainingSet.Item> decision = OutlierFilter.decide(data.items);
        List<TrainingSet.Item> train = new ArrayList<>();
        for (TrainingSet.Item item : data.items) {
            if (decision.keeps(item)) {
                train.add(item);
            }
        }
        double[] defaults = FsrsModel.defaultWeights();
        List<TrainingSet.Item> firstReviews = decision.keptFirstReviews();
        // with no first long-term review left fsrs-rs fails (NotEnoughData); the defaults are the honest answer here
        if (train.size() < MIN_ITEMS || firstReviews.isEmpty()) {
            return new FittedParameters(defaults, FittedParameters.Stage.DEFAULTS, train.size());
        }
        InitialStability.Result pretrained = pretrain(firstReviews, averageRecall(train));
        double[] initial = defaults.clone();
        System.arraycopy(pretrained.stabilities(), 0, initial, 0, 4);
        if (train.size() == firstReviews.size() || train.size() < MIN_TRAINING_ITEMS) {
            return new FittedParameters(initial, FittedParameters.Stage.INITIAL_STABILITIES, train.size());
        }
        double[] trained = train(data, train, initial);
        Map<Integer, Double> stabilities = new TreeMap<>();
        for (int grade = 1; grade <= 4; grade++) {
            stabilities.put(grade, trained[grade - 1]);
        }
        System.arraycopy(InitialStability.smoothAndFill(stabilities, pretrained.counts()), 0, trained, 0, 4);
        return new FittedParameters(trained, FittedParameters.Stage.TRAINED, train.size());
    }

    /** fsrs-rs computes the pass rate in f32. */
    private static double averageRecall(List<TrainingSet.Item> items) {
        int passed = 0;
        for (TrainingSet.Item item : items) {
            passed += item.recalled() ? 1 : 0;
        }
        return (float) passed / (float) items.size();
    }

    private static InitialStability.Result pretrain(List<TrainingSet.Item> firstReviews, double averageRecall) {
        int n = firstReviews.size();
        int[] grades = new int[n];
        long[] gaps = new long[n];
        boolean[] recalled = new boolean[n];
        for (int i = 0; i < n; i++) {
            grades[i] = firstReviews.get(i).firstGrade();
            gaps[i] = firstReviews.get(i).firstLongTermGap();
            recalled[i] = firstReviews.get(i).recalled();
        }
        return InitialStability.pretrain(grades, gaps, recalled, averageRecall);
    }

    private double[] train(TrainingSet data, List<TrainingSet.Item> train, double[] initial) {
        double[] recency = recencyWeights(train.size());
        List<WeightedItem> weighted = new ArrayList<>();
        for (int i = 0; i < train.size(); i++) {
            if (train.get(i).length() <= MAX_SEQUENCE_LENGTH) {
                weighted.add(new WeightedItem(train.get(i), recency[i]));
            }
        }
        weighted.sort(Comparator.comparingInt(item -> item.item().length())); // stable, as Rust's sort
        int total = weighted.size();
        List<Batch> batches = new ArrayList<>();
        for (int start = 0; start < total; start += batchSize) {
            batches.add(Batch.of(weighted.subList(start, Math.min(start + batchSize, total))));
        }
        Batch everything = Batch.of(weighted);
        CosineAnnealing schedule = new CosineAnnealing((total / batchSize + 1) * epochs, LEARNING_RATE);
        Adam adam = new Adam(FsrsGradient.WEIGHTS);
        BatchShuffle shuffle = new BatchShuffle(SEED);
        int[] order = new int[batches.size()];
        double[] weights = initial.clone();
        double[] best = weights.clone();
        double bestLoss = Double.POSITIVE_INFINITY;
        for (int epoch = 0; epoch < epochs; epoch++) {
            Arrays.setAll(order, i -> i); // fsrs-rs shuffles 0..n afresh each epoch, the generator runs on
            shuffle.shuffle(order);
            for (int b : order) {
                double rate = schedule.step();
                double[] grad = new double[FsrsGradient.WEIGHTS];
                batches.get(b).loss(data, new FsrsGradient(weights), grad);
                addL2Gradient(weights, initial, batches.get(b).size(), total, grad);
                adam.step(rate, weights, grad);
                weights = FsrsModel.clip(weights, 1, true);
            }
            // fsrs-rs sums this over its batches; the penalty shares add up to the whole penalty
            double loss = everything.loss(data, new FsrsGradient(weights), null)
                    + l2Penalty(weights, initial, total, total);
            loss /= total;
            if (loss < bestLoss) {
                bestLoss = loss;
                best = weights.clone();
            }
        }
        return best;
    }

    /** fsrs-rs {@code recency_weighted_fsrs_items}: 0.25 for the oldest item rising to 1 for the newest. */
    static double[] recencyWeights(int count) {
        double last = Math.max(count - 1, 1);
        double[] weights = new double[count];
        for (int i = 0; i < count; i++) {
            double position = i / last;
            weights[i] = 0.25 + 0.75 * position * position * position;
        }
        return weights;
    }

    /** γ · Σ (w - w_init)² / σ² · batch / total: the pull towards the starting weights, shared out over batches. */
    static double l2Penalty(double[] weights, double[] initial, int batchSize, int totalSize) {
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            double delta = weights[i] - initial[i];
            sum += delta * delta / (PARAMS_STDDEV[i] * PARAMS_STDDEV[i]);
        }
        return sum * GAMMA * batchSize / totalSize;
    }

    static void addL2Gradient(double[] weights, double[] initial, int batchSize, int totalSize, double[] grad) {
        double scale = GAMMA * batchSize / totalSize;
        for (int i = 0; i < weights.length; i++) {
            grad[i] += 2 * (weights[i] - initial[i]) / (PARAMS_STDDEV[i] * PARAMS_STDDEV[i]) * scale;
        }
    }

    private record WeightedItem(TrainingSet.Item item, double weight) {
    }

    /**
     * One batch, its items grouped by card so that each card is swept once (see {@link FsrsGradient}).
     *
     * @param cards  card of each group
     * @param starts where each group starts in {@code ends}/{@code weights}; one extra entry closes the last group
     */
    private record Batch(int[] cards, int[] starts, int[] ends, double[] weights) {
        static Batch of(List<WeightedItem> items) {
            List<WeightedItem> byCard = new ArrayList<>(items);
            byCard.sort(Comparator.<WeightedItem>comparingInt(i -> i.item().card()).thenComparingInt(i -> i.item().end()));
            int n = byCard.size();
            int[] ends = new int[n];
            double[] weights = new double[n];
            List<Integer> cards = new ArrayList<>();
            List<Integer> starts = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                TrainingSet.Item item = byCard.get(i).item();
                ends[i] = item.end();
                weights[i] = byCard.get(i).weight();
                if (i == 0 || byCard.get(i - 1).item().card() != item.card()) {
                    cards.add(item.card());
                    starts.add(i);
                }
            }
            starts.add(n);
            return new Batch(cards.stream().mapToInt(Integer::intValue).toArray(),
                    starts.stream().mapToInt(Integer::intValue).toArray(), ends, weights);
        }

        int size() {
            return ends.length;
        }

        double loss(TrainingSet data, FsrsGradient model, double[] grad) {
            double loss = 0;
            for (int g = 0; g < cards.length; g++) {
                int card = cards[g];
                loss += model.sweep(data.grades[card], data.gaps[card], ends, weights, starts[g], starts[g + 1], grad);
            }
            return loss;
        }
    }
}
