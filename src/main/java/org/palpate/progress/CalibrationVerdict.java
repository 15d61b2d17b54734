package org.palpate.progress;

import java.util.Locale;

import org.palpate.scheduling.Calibration;

/** The plain sentence under a calibration table: does the memory model over- or under-estimate these learners? */
public final class CalibrationVerdict {

    /** A gap between mean observed and mean predicted recall larger than this (5 points) is worth saying. */
    public static final double NOTEWORTHY_GAP = 0.05;

    private CalibrationVerdict() {
    }

    /** @param who "you" for a learner's own report, "this learner", "these students" */
    public static String of(Calibration c, String who) {
        long gap = Math.round(Math.abs(c.bias()) * 100);
        String figures = String.format(Locale.ROOT, "predicted %d%% recalled on average, observed %d%% over %d review%s",
                Math.round(c.meanPredicted() * 100), Math.round(c.meanObserved() * 100), c.items(), c.items() == 1 ? "" : "s");
        if (c.bias() < -NOTEWORTHY_GAP) {
            return "The memory model over-estimates " + who + " by " + gap + " points (" + figures + "): mastery and readiness "
                    + "are likely too high, and reviews come too late.";
        }
        if (c.bias() > NOTEWORTHY_GAP) {
            return "The memory model under-estimates " + who + " by " + gap + " points (" + figures + "): mastery and readiness "
                    + "are likely too low, and reviews come sooner than needed.";
        }
        return "The memory model fits " + who + " within " + Math.round(NOTEWORTHY_GAP * 100) + " points (" + figures + ").";
    }
}
