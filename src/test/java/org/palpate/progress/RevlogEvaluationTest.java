package org.palpate.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.palpate.scheduling.Evaluation;
import org.palpate.scheduling.Evaluator;
import org.palpate.scheduling.FsrsModel;
import org.palpate.scheduling.Review;

/**
 * The shared review log evaluated as fsrs-rs gives it: the oracle is {@code FSRSBinding.evaluate} of npm
 * {@code @open-spaced-repetition/binding} 0.5.0 (fsrs crate 6.5.0, f32), fed one item per review that follows a gap
 * of at least one day, cards in file order, days rolling over at 04:00.
 */
class RevlogEvaluationTest {
    static final String LOG = "/fsrs/review_logs_josh_1711744352250_to_1728234780857.csv";

    /** py-fsrs's optimised weights for this log (docs/scheduling.md §2.5). */
    private static final double[] PY_FSRS_OPTIMAL = {0.12340357383516173, 1.2931, 2.397673571899466, 8.2956,
            6.686820427099132, 0.45021679958387956, 3.077875127553957, 0.053520395733247045, 1.6539992229052127,
            0.1466206769107436, 0.6300772488850335, 1.611965002575047, 0.012840136810798864, 0.34853762746216305,
            1.8878958285806287, 0.8546376191171063, 1.8729, 0.6748536823468675, 0.20451266082721842,
            0.22622814695113844, 0.46030603398979064};

    static Map<String, List<Review>> sharedLog(ZoneId zone) throws IOException {
        try (InputStream in = RevlogEvaluationTest.class.getResourceAsStream(LOG);
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return RevlogCsv.read(reader, zone);
        }
    }

    @Test
    void defaultWeightsInUtc() throws IOException {
        Evaluation evaluation = new Evaluator(FsrsModel.defaults()).evaluate(sharedLog(ZoneOffset.UTC).values());
        assertThat(evaluation.items()).isEqualTo(6276);
        // oracle: 0.4539569616 / 0.0744165629 (f32); double precision differs by under 1e-6
        assertThat(evaluation.logLoss()).isCloseTo(0.453957, within(1e-4));
        assertThat(evaluation.rmseBins()).isCloseTo(0.074417, within(1e-4));
        assertThat(evaluation.logLoss()).isCloseTo(0.4539569616, within(1e-6));
        assertThat(evaluation.rmseBins()).isCloseTo(0.0744165629, within(1e-6));
        // DERIVED: the number of items fsrs-rs's outlier filter drops to give the oracle figures (it reports none)
        assertThat(evaluation.excludedAsOutliers()).isEqualTo(346);
    }

    @Test
    void optimisedWeightsInUtc() throws IOException {
        Evaluation evaluation = new Evaluator(new FsrsModel(PY_FSRS_OPTIMAL)).evaluate(sharedLog(ZoneOffset.UTC).values());
        assertThat(evaluation.items()).isEqualTo(6276);
        // oracle: 0.4457738996 / 0.0420299433
        assertThat(evaluation.logLoss()).isCloseTo(0.4457738996, within(1e-5));
        assertThat(evaluation.rmseBins()).isCloseTo(0.0420299433, within(1e-5));
    }

    @Test
    void defaultWeightsInShanghaiTime() throws IOException {
        Evaluation evaluation = new Evaluator(FsrsModel.defaults())
                .evaluate(sharedLog(ZoneId.of("Asia/Shanghai")).values());
        assertThat(evaluation.items()).isEqualTo(5935);
        // oracle: 0.4550944865 / 0.0786848962
        assertThat(evaluation.logLoss()).isCloseTo(0.4550944865, within(1e-5));
        assertThat(evaluation.rmseBins()).isCloseTo(0.0786848962, within(1e-5));
    }

    @Test
    void withoutTheOutlierFilter() throws IOException {
        Evaluation evaluation = new Evaluator(FsrsModel.defaults(), false).evaluate(sharedLog(ZoneOffset.UTC).values());
        assertThat(evaluation.items()).isEqualTo(6276);
        assertThat(evaluation.excludedAsOutliers()).isZero();
        // DERIVED (an independent float64 replay of fsrs-rs evaluate on all items; no oracle runs without the filter)
        assertThat(evaluation.logLoss()).isCloseTo(0.4648693, within(1e-6));
        assertThat(evaluation.rmseBins()).isCloseTo(0.0744061, within(1e-6));
    }
}
