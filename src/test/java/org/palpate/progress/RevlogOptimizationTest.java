package org.palpate.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.palpate.scheduling.Evaluation;
import org.palpate.scheduling.Evaluator;
import org.palpate.scheduling.FittedParameters;
import org.palpate.scheduling.FsrsModel;
import org.palpate.scheduling.FsrsOptimizer;
import org.palpate.scheduling.Review;

/**
 * The optimizer on the repository's review log, scored with the conventions of {@code srs evaluate} (outlier filter, recency
 * weights, days rolling over at 04:00). The oracle is {@code computeParameters} of npm
 * {@code @open-spaced-repetition/binding} 0.5.0 (fsrs crate 6.5.0, f32) fed the same items, then its
 * {@code FSRSBinding.evaluate}; bench/optimizer-vs-fsrs-rs.sh reproduces these figures.
 */
class RevlogOptimizationTest {
    /** fsrs-rs's weights for the log in UTC. */
    private static final double[] FSRS_RS_UTC = {0.16859225928783417, 0.8157265186309814, 2.4398205280303955,
            6.2041215896606445, 6.537010669708252, 0.5137380957603455, 3.1915698051452637, 0.025581149384379387,
            1.6565701961517334, 0.28383228182792664, 0.612430214881897, 1.5905096530914307, 0.03517594933509827,
            0.39569756388664246, 1.8006716966629028, 0.6009367108345032, 1.8729000091552734, 0.8653027415275574,
            0.09108003973960876, 0.15069395303726196, 0.2406313419342041};

    private static Evaluation fitAndEvaluate(Map<String, List<Review>> log) {
        FittedParameters fit = new FsrsOptimizer().fit(log);
        assertThat(fit.stage()).isEqualTo(FittedParameters.Stage.TRAINED);
        return new Evaluator(new FsrsModel(fit.weights())).evaluate(log.values());
    }

    @Test
    void reachesFsrsRsQualityOnTheSharedLog() throws IOException {
        Evaluation evaluation = fitAndEvaluate(RevlogEvaluationTest.sharedLog(ZoneOffset.UTC));
        // oracle: log loss 0.4452895224, RMSE(bins) 0.0500362515
        assertThat(evaluation.logLoss()).isLessThanOrEqualTo(0.445290);
        assertThat(evaluation.rmseBins()).isCloseTo(0.050036, within(1e-4));
    }

    @Test
    void findsTheWeightsFsrsRsFinds() throws IOException {
        double[] weights = new FsrsOptimizer().fit(RevlogEvaluationTest.sharedLog(ZoneOffset.UTC)).weights();
        for (int i = 0; i < 21; i++) {
            // f64 here, f32 there: the same training run agrees to about 1e-6
            assertThat(weights[i]).as("w%d", i).isCloseTo(FSRS_RS_UTC[i], within(1e-4));
        }
    }

    @Test
    void staysWithinFsrsRsQualityOnOtherLogs() throws IOException {
        // the same reviews in Shanghai time (other day boundaries, 5,935 items); oracle 0.4462741911 / 0.0504930429
        Evaluation shanghai = fitAndEvaluate(RevlogEvaluationTest.sharedLog(ZoneId.of("Asia/Shanghai")));
        assertThat(shanghai.logLoss()).isCloseTo(0.446274, within(0.002));
        assertThat(shanghai.rmseBins()).isCloseTo(0.050493, within(0.002));
        // the first 600 cards of the file (3,962 items); oracle 0.4366829097 / 0.0538548455
        Map<String, List<Review>> firstCards = new LinkedHashMap<>();
        RevlogEvaluationTest.sharedLog(ZoneOffset.UTC).entrySet().stream().limit(600)
                .forEach(card -> firstCards.put(card.getKey(), card.getValue()));
        Evaluation subset = fitAndEvaluate(firstCards);
        assertThat(subset.logLoss()).isCloseTo(0.436683, within(0.002));
        assertThat(subset.rmseBins()).isCloseTo(0.053855, within(0.002));
    }

    @Test
    void isDeterministicAndIndependentOfTheOrderOfCards() throws IOException {
        Map<String, List<Review>> log = RevlogEvaluationTest.sharedLog(ZoneOffset.UTC);
        List<String> ids = new ArrayList<>(log.keySet());
        Collections.shuffle(ids, new Random(7));
        Map<String, List<Review>> shuffled = new LinkedHashMap<>();
        ids.forEach(id -> shuffled.put(id, log.get(id)));
        assertThat(new FsrsOptimizer().fit(shuffled).weights()).containsExactly(new FsrsOptimizer().fit(log).weights());
    }
}
