package org.palpate.scheduling;

import java.util.Arrays;

/**
 * The FSRS-6 training loss of a card's review history and its exact gradient with respect to the 21 weights
 * (docs/optimizer.md, "Gradient").
 *
 * <p>The derivatives are carried forward with the state (forward-mode differentiation): after each review the
 * vectors dS/dw and dD/dw are updated from the step's local partial derivatives. Every prefix of a card is one
 * training item, so a single sweep over the card yields the loss and gradient of all of its items at once, instead
 * of one pass per item as backpropagation would need. Clamps follow fsrs-rs ({@code analytical_gradients.rs}): where
 * a clamp is active the derivative through it is zero.
 *
 * <p>Not thread-safe: it keeps its work arrays between calls.
 */
final class FsrsGradient {
    static final int WEIGHTS = 21;
    /** fsrs-rs clamps predictions this far from 0 and 1 before taking logarithms in training. */
    private static final double EPSILON = 1e-10;
    private static final double LN_09 = Math.log(0.9);

    private final double[] w;
    private final double[] dS = new double[WEIGHTS];
    private final double[] dD = new double[WEIGHTS];
    // the step's own partial derivatives of S by the weights: at most five are non-zero
    private final int[] localIndex = new int[5];
    private final double[] localValue = new double[5];
    private int locals;
    // constants of the weights, computed once
    private final double decayTerm;
    private final double curveFactor;
    private final double easyGrowth;
    private final double d0Easy;
    private final double e8;
    private double s;
    private double d;
    // retrievability of the last call to retrievability(), with its partial derivatives
    private double r;
    private double rByS;
    private double rByW20;

    FsrsGradient(double[] weights) {
        if (weights.length != WEIGHTS) {
            throw new IllegalArgumentException("FSRS-6 training needs 21 weights, got " + weights.length);
        }
        this.w = weights.clone();
        this.decayTerm = Math.exp(-LN_09 / w[20]);
        this.curveFactor = decayTerm - 1;
        this.easyGrowth = Math.exp(3 * w[5]);
        this.d0Easy = w[4] - easyGrowth + 1;
        this.e8 = Math.exp(w[8]);
    }

    /**
     * Sweeps one card and scores the items that end at {@code ends[from..to)}.
     *
     * @param grades  the card's grades (1..4) in review order
     * @param gaps    days since the previous review (0 for the first review and for same-day reviews)
     * @param ends    positions (at least 1, ascending) of the last review of each item: the item predicts that review
     *                from the ones before it
     * @param weights the items' weights (recency weights), aligned with {@code ends}
     * @param grad    receives the weighted gradient of the summed loss; null for the loss alone
     * @return the summed weighted binary cross-entropy of the items
     */
    double sweep(int[] grades, int[] gaps, int[] ends, double[] weights, int from, int to, double[] grad) {
        boolean tangents = grad != null;
        int last = ends[to - 1];
        int next = from;
        double loss = 0;
        for (int j = 0; j < last; j++) {
            if (j == 0) {
                first(grades[0], tangents);
            } else {
                step(gaps[j], grades[j], tangents);
            }
            while (next < to && ends[next] == j + 1) {
                loss += score(gaps[j + 1], grades[j + 1] > 1, weights[next], grad);
                next++;
            }
        }
        return loss;
    }

    private double score(int elapsed, boolean recalled, double weight, double[] grad) {
        retrievability(elapsed, s);
        double p = FsrsModel.clamp(r, EPSILON, 1 - EPSILON);
        double loss = -(recalled ? Math.log(p) : Math.log(1 - p)) * weight;
        if (grad != null) {
            double byR = -(recalled ? 1 / p : -1 / (1 - p)) * weight;
            double byS = byR * rByS;
            for (int i = 0; i < WEIGHTS; i++) {
                grad[i] += byS * dS[i];
            }
            grad[20] += byR * rByW20;
        }
        return loss;
    }

    /** R = (1 + f t / S)^(-w20) with f = 0.9^(-1/w20) - 1, and dR/dS, dR/dw20. */
    private void retrievability(double t, double stability) {
        double base = 1 + curveFactor * t / stability;
        double logBase = Math.log(base);
        r = Math.exp(-w[20] * logBase);
        rByS = w[20] * curveFactor * t * r / (stability * stability * base);
        rByW20 = r * (-logBase - t / stability * decayTerm * LN_09 / (w[20] * base));
    }

    private void first(int grade, boolean tangents) {
        double s0 = w[grade - 1];
        double growth = Math.exp(w[5] * (grade - 1));
        double d0 = w[4] - growth + 1;
        s = FsrsModel.clamp(s0, FsrsModel.S_MIN, FsrsModel.S_MAX);
        d = FsrsModel.clamp(d0, FsrsModel.D_MIN, FsrsModel.D_MAX);
        if (tangents) {
            Arrays.fill(dS, 0);
            Arrays.fill(dD, 0);
            // S0 is a weight, already clipped into [0.001, 100]: fsrs-rs passes its gradient even at the bounds
            if (s0 >= FsrsModel.S_MIN && s0 <= FsrsModel.S_MAX) {
                dS[grade - 1] = 1;
            }
            if (d0 > FsrsModel.D_MIN && d0 < FsrsModel.D_MAX) {
                dD[4] = 1;
                dD[5] = -(grade - 1) * growth;
            }
        }
    }

    private void step(int elapsed, int grade, boolean tangents) {
        double sc = s;
        double dc = d;
        locals = 0;

        // difficulty: linear damping, then mean reversion towards D0(Easy)
        double delta = -w[6] * (grade - 3);
        double damped = dc + delta * (10 - dc) / 9;
        double dRaw = w[7] * d0Easy + (1 - w[7]) * damped;
        boolean dActive = dRaw > FsrsModel.D_MIN && dRaw < FsrsModel.D_MAX;

        double sNew;
        double sByS;
        double sByD = 0;
        if (elapsed == 0) {
            double shift = grade - 3 + w[18];
            double logS = Math.log(sc);
            double increase = Math.exp(w[17] * shift - w[19] * logS);
            if (grade >= 2 && increase < 1) {
                sNew = sc; // a same-day pass never lowers stability
                sByS = 1;
            } else {
                sNew = sc * increase;
                sByS = increase * (1 - w[19]);
                local(17, shift * sNew);
                local(18, w[17] * sNew);
                local(19, -sNew * logS);
            }
        } else {
            retrievability(elapsed, sc);
            if (grade == 1) {
                double logD = Math.log(dc);
                double logS1 = Math.log(sc + 1);
                double dPower = Math.exp(-w[12] * logD);
                double sPower = Math.exp(w[13] * logS1);
                double lapseFactor = Math.exp(w[14] * (1 - r));
                double lapse = w[11] * dPower * (sPower - 1) * lapseFactor;
                double capFactor = Math.exp(-w[17] * w[18]);
                double cap = sc * capFactor;
                if (cap < lapse) {
                    sNew = cap;
                    sByS = capFactor;
                    local(17, -w[18] * cap);
                    local(18, -w[17] * cap);
                } else {
                    sNew = lapse;
                    double sByR = -w[14] * lapse;
                    sByS = w[11] * dPower * w[13] * sPower / (sc + 1) * lapseFactor + sByR * rByS;
                    sByD = -w[12] * lapse / dc;
                    local(11, dPower * (sPower - 1) * lapseFactor);
                    local(12, -lapse * logD);
                    local(13, w[11] * dPower * sPower * logS1 * lapseFactor);
                    local(14, lapse * (1 - r));
                    local(20, sByR * rByW20);
                }
            } else {
                double multiplier = grade == 2 ? w[15] : grade == 4 ? w[16] : 1;
                double logS = Math.log(sc);
                double sPower = Math.exp(-w[9] * logS);
                double e10 = Math.exp(w[10] * (1 - r));
                double core = e8 * (11 - dc) * sPower * (e10 - 1);
                double growth = core * multiplier;
                sNew = sc * (1 + growth);
                double sByR = -sc * e8 * (11 - dc) * sPower * multiplier * e10 * w[10];
                sByS = 1 + growth * (1 - w[9]) + sByR * rByS;
                sByD = -sc * e8 * sPower * (e10 - 1) * multiplier;
                local(8, sc * growth);
                local(9, -sc * growth * logS);
                local(10, sc * e8 * (11 - dc) * sPower * multiplier * e10 * (1 - r));
                if (grade != 3) {
                    local(grade == 2 ? 15 : 16, sc * core);
                }
                local(20, sByR * rByW20);
            }
        }
        boolean sActive = sNew > FsrsModel.S_MIN && sNew < FsrsModel.S_MAX;
        s = FsrsModel.clamp(sNew, FsrsModel.S_MIN, FsrsModel.S_MAX);
        d = FsrsModel.clamp(dRaw, FsrsModel.D_MIN, FsrsModel.D_MAX);
        if (tangents) {
            propagate(sActive ? sByS : 0, sActive ? sByD : 0, sActive, dActive, dActive ? (1 - w[7]) * (1 - delta / 9) : 0,
                    grade, dc, damped);
        }
    }

    private void local(int index, double value) {
        localIndex[locals] = index;
        localValue[locals++] = value;
    }

    /** dS/dw and dD/dw after the step, from those before it and the step's partial derivatives. */
    private void propagate(double sByS, double sByD, boolean sActive, boolean dActive, double dByD, int grade,
                           double dc, double damped) {
        for (int i = 0; i < WEIGHTS; i++) {
            double oldD = dD[i];
            dS[i] = sByS * dS[i] + sByD * oldD;
            dD[i] = dByD * oldD;
        }
        if (sActive) {
            for (int k = 0; k < locals; k++) {
                dS[localIndex[k]] += localValue[k];
            }
        }
        if (dActive) {
            dD[4] += w[7];
            dD[5] += -3 * w[7] * easyGrowth;
            dD[6] += -(1 - w[7]) * (grade - 3) * (10 - dc) / 9;
            dD[7] += d0Easy - damped;
        }
    }
}
