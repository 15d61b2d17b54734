package org.palpate.shell;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.palpate.progress.OptimizationService;
import org.palpate.progress.RetentionService;
import org.palpate.scheduling.RetentionSimulator;
import org.palpate.scheduling.FittedParameters;

/** How {@code srs optimize} prints a fit. */
final class OptimizeText {

    private OptimizeText() {
    }

    static Map<String, Object> json(OptimizationService.Result result) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("parameters", result.fitted().weights());
        out.put("logLoss", result.evaluation().logLoss());
        out.put("rmseBins", result.evaluation().rmseBins());
        out.put("items", result.evaluation().items());
        out.put("ms", result.millis());
        out.put("subject", result.subject());
        out.put("reviews", result.reviews());
        out.put("stage", result.fitted().stage().name().toLowerCase(Locale.ROOT));
        out.put("baseline", result.baselineName());
        out.put("baselineLogLoss", result.baseline().logLoss());
        out.put("baselineRmseBins", result.baseline().rmseBins());
        out.put("saved", result.saved());
        out.put("inUse", result.inUse());
        return out;
    }

    static String text(OptimizationService.Result result) {
        String weights = Arrays.stream(result.fitted().weights()).mapToObj(w -> String.format(Locale.ROOT, "%.4f", w))
                .collect(Collectors.joining(" "));
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "Fitted FSRS-6 parameters to %,d reviews of %s in %,d ms (%,d predicted).%n"
                        + "Log loss:    %.6f  (%s parameters: %.6f; lower is better)%n"
                        + "RMSE(bins):  %.6f  (%s parameters: %.6f)%n"
                        + "Parameters:  %s%n",
                result.reviews(), result.subject(), result.millis(), result.evaluation().items(),
                result.evaluation().logLoss(), result.baselineName(), result.baseline().logLoss(),
                result.evaluation().rmseBins(), result.baselineName(), result.baseline().rmseBins(), weights));
        if (result.fitted().stage() == FittedParameters.Stage.DEFAULTS) {
            out.append("Too few reviews survive fsrs-rs's outlier rules: these are the default parameters; nothing was saved.");
        } else if (!result.saved()) {
            out.append("A file's fit is only shown; nothing was saved.");
        } else if (result.inUse()) {
            out.append(result.subject().equals("cohort")
                    ? "Saved: students without a better fit of their own are scheduled with these from now on."
                    : "Saved: " + result.subject() + "'s reviews are scheduled with these from now on.");
        } else {
            out.append("Saved, but not used: the " + result.baselineName() + " parameters predict " + result.subject()
                    + "'s log better, so the scheduler keeps them.");
        }
        return out.toString();
    }

    static String settings(RetentionService.Settings settings) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "Desired retention:  %.2f  (reviews are planned so that you still recall %.0f %% of a question when it comes back)%n"
                        + (settings.criticalRetention() == null ? "" : String.format(Locale.ROOT,
                                "Safety-critical:    %.2f  (program.yaml: critical questions come back sooner)%n", settings.criticalRetention()))
                        + "FSRS parameters:    %s%nNew questions/day:  %d%n%n"
                        + "The next %d days" + (settings.toExam() ? ", up to your exam," : "") + " simulated on your cards and the questions you have not seen yet:%n"
                        + "%-10s %12s %18s%n",
                settings.desiredRetention(), settings.desiredRetention() * 100, describe(settings.parameters()),
                settings.newPerDay(), settings.days(), "RETENTION", "REVIEWS/DAY", settings.toExam() ? "RECALL ON EXAM DAY" : "RECALL ON DAY " + settings.days()));
        for (RetentionSimulator.Outcome o : settings.tradeOff()) {
            out.append(String.format(Locale.ROOT, "%-10.2f %12.1f %17.1f%%%s%n", o.desiredRetention(), o.reviewsPerDay(),
                    o.expectedRecall() * 100, Math.abs(o.desiredRetention() - settings.desiredRetention()) < 1e-9 ? "  <- yours" : ""));
        }
        return out.append("Higher retention: more reviews a day, more remembered. "
                + "'srs settings --desired-retention 0.85' changes yours.").toString();
    }

    private static String describe(String parameters) {
        return switch (parameters) {
            case "personal" -> "personal (fitted to your own reviews by 'srs optimize')";
            case "cohort" -> "the cohort's (fitted to all students' reviews)";
            default -> "the FSRS-6 defaults";
        };
    }
}
