package org.palpate.shell;

import java.nio.file.Path;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.palpate.learner.AccountService;
import org.palpate.learner.Access;
import org.palpate.progress.EvaluationService;
import org.palpate.progress.OptimizationService;
import org.palpate.progress.RetentionService;
import org.palpate.progress.LearnerReport;
import org.palpate.progress.LearnerReportService;
import org.palpate.progress.ProgressReport;
import org.palpate.progress.ProgressService;
import org.palpate.progress.ReportCsv;
import org.palpate.progress.ReportHtml;
import org.palpate.scheduling.Evaluation;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

import org.springframework.beans.factory.ObjectProvider;
import tools.jackson.databind.json.JsonMapper;

@Component
class ProgressCommands {

    private final AccountService accounts;
    private final Access access;
    private final ProgressService progress;
    private final LearnerReportService learnerReports;
    private final EvaluationService evaluation;
    private final OptimizationService optimization;
    private final RetentionService retention;
    private final ObjectProvider<JsonMapper> json; // made on first use: most commands print no JSON
    private final Clock clock;

    private final OutputFiles files;

    ProgressCommands(AccountService accounts, Access access, ProgressService progress, LearnerReportService learnerReports,
            EvaluationService evaluation, OptimizationService optimization, RetentionService retention, ObjectProvider<JsonMapper> json,
            Clock clock, OutputFiles files) {
        this.files = files;
        this.accounts = accounts;
        this.access = access;
        this.progress = progress;
        this.learnerReports = learnerReports;
        this.evaluation = evaluation;
        this.optimization = optimization;
        this.retention = retention;
        this.json = json;
        this.clock = clock;
    }

    @Command(name = "progress", group = "Progress", help = "progress [--format table|csv|json|html] [--out FILE [--force]]",
            description = "Your mastery per module and topic, and what falls due (html: your full report)")
    String progress(@Option(longName = "format", description = "table, csv, json or html (html is your full report)") String format,
            @Option(longName = "out", description = "write to this file instead of the screen") String out,
            @Option(longName = "force", description = "replace the --out file if it exists") boolean force) {
        Format chosen = ReportOutput.format(format, out);
        if (chosen == Format.HTML) {
            LearnerReport full = learnerReports.of(null);
            return ReportOutput.emit(chosen, out, force, files, () -> ReportHtml.learner(full, clock.getZone()));
        }
        ProgressReport report = progress.of(access.requireReadable(null));
        return ReportOutput.emit(chosen, out, force, files, () -> switch (chosen) {
            case JSON -> json.getObject().writeValueAsString(report);
            case CSV -> ReportCsv.progress(report);
            default -> ReportText.mastery(report);
        });
    }

    @Command(name = "srs evaluate", group = "Progress",
            description = "How well FSRS predicts a review log (log loss, RMSE(bins)); your own, per parameter set, without --revlog")
    String evaluate(@Option(longName = "revlog", description = "CSV: card_id,review_rating,review_time,review_duration") String revlog,
            @Option(longName = "timezone", description = "where days start at 04:00 (default UTC)") String timezone,
            @Option(longName = "format", description = "text or json") String format) {
        Format chosen = Format.of(format, Format.of(Format.TEXT, Format.JSON));
        ZoneId zone = zone(timezone);
        if (revlog != null) {
            Evaluation result = evaluation.ofFile(Path.of(revlog), zone);
            return chosen == Format.JSON ? json.getObject().writeValueAsString(evaluationJson(result))
                    : String.format(Locale.ROOT, "Predicted %,d reviews with the default FSRS-6 parameters.%n"
                            + "Log loss:    %.6f  (lower is better)%nRMSE(bins):  %.6f  (lower is better)",
                    result.items(), result.logLoss(), result.rmseBins());
        }
        var learner = accounts.requireCurrent();
        List<EvaluationService.Compared> compared = evaluation.compareOnLearner(learner, zone);
        Evaluation defaults = compared.get(0).evaluation();
        if (chosen == Format.JSON) {
            Map<String, Object> out = evaluationJson(defaults);
            out.put("comparison", compared.stream().map(c -> {
                Map<String, Object> one = evaluationJson(c.evaluation());
                one.put("parameters", c.parameters());
                one.put("inUse", c.inUse());
                return one;
            }).toList());
            return json.getObject().writeValueAsString(out);
        }
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                "Predicted %,d of your reviews.%n%-10s %10s %11s%n", defaults.items(), "PARAMETERS", "LOG LOSS", "RMSE(BINS)"));
        for (EvaluationService.Compared c : compared) {
            text.append(String.format(Locale.ROOT, "%-10s %10.6f %11.6f%s%n", c.parameters(), c.evaluation().logLoss(),
                    c.evaluation().rmseBins(), c.inUse() ? "  <- in use" : ""));
        }
        return text.append("Lower is better. 'srs optimize' fits personal parameters.").toString();
    }

    private static Map<String, Object> evaluationJson(Evaluation result) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("items", result.items());
        out.put("logLoss", result.logLoss());
        out.put("rmseBins", result.rmseBins());
        return out;
    }

    @Command(name = "srs optimize", group = "Progress",
            help = "srs optimize [--learner NAME | --revlog FILE | --cohort] [--timezone ZONE] [--format text|json]",
            description = "Fit personal FSRS-6 parameters to a review history (yours without options) and use them")
    String optimize(@Option(longName = "learner", description = "whose history (instructors: anyone)") String learner,
            @Option(longName = "revlog", description = "CSV: card_id,review_rating,review_time,review_duration") String revlog,
            @Option(longName = "cohort", description = "one set for all students, where new students start") boolean cohort,
            @Option(longName = "timezone", description = "where days start at 04:00 (default UTC)") String timezone,
            @Option(longName = "format", description = "text or json") String format) {
        Format chosen = Format.of(format, Format.of(Format.TEXT, Format.JSON));
        if ((learner != null ? 1 : 0) + (revlog != null ? 1 : 0) + (cohort ? 1 : 0) > 1) {
            throw new UsageException("give at most one of --learner, --revlog and --cohort");
        }
        ZoneId zone = zone(timezone);
        OptimizationService.Result result = revlog != null ? optimization.ofFile(Path.of(revlog), zone)
                : cohort ? optimization.ofCohort(zone) : optimization.ofLearner(learner, zone);
        return chosen == Format.JSON ? json.getObject().writeValueAsString(OptimizeText.json(result)) : OptimizeText.text(result);
    }

    @Command(name = "srs settings", group = "Progress", help = "srs settings [--desired-retention R] [--format text|json]",
            description = "Your desired retention and what each choice costs in reviews and gives in recall")
    String settings(@Option(longName = "desired-retention", description = "set it, 0.70 to 0.99") Double desired,
            @Option(longName = "format", description = "text or json") String format) {
        Format chosen = Format.of(format, Format.of(Format.TEXT, Format.JSON));
        RetentionService.Settings settings = desired == null ? retention.show() : retention.setDesiredRetention(desired);
        return chosen == Format.JSON ? json.getObject().writeValueAsString(settings) : OptimizeText.settings(settings);
    }

    private static ZoneId zone(String timezone) {
        if (timezone == null || timezone.isBlank()) {
            return ZoneOffset.UTC;
        }
        try {
            return ZoneId.of(timezone.strip());
        } catch (DateTimeException e) {
            throw new UsageException("unknown time zone '" + timezone + "': use a name like Europe/Paris or an offset like +02:00");
        }
    }
}
