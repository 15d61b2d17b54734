package org.palpate.shell;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.palpate.learner.AccountService;
import org.palpate.progress.EvaluationService;
import org.palpate.progress.ProgressReport;
import org.palpate.progress.ProgressReport.ModuleProgress;
import org.palpate.progress.ProgressService;
import org.palpate.scheduling.Evaluation;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

@Component
class ProgressCommands {

    private final AccountService accounts;
    private final ProgressService progress;
    private final EvaluationService evaluation;
    private final JsonMapper json;

    ProgressCommands(AccountService accounts, ProgressService progress, EvaluationService evaluation, JsonMapper json) {
        this.accounts = accounts;
        this.progress = progress;
        this.evaluation = evaluation;
        this.json = json;
    }

    @Command(name = "progress", group = "Progress", description = "Your mastery per module and topic, and what falls due")
    String progress(@Option(longName = "format", description = "table or json") String format) {
        Format chosen = Format.of(format, Format.of(Format.TABLE, Format.JSON));
        ProgressReport report = progress.of(accounts.requireCurrent());
        if (chosen == Format.JSON) {
            return json.writeValueAsString(report);
        }
        List<List<String>> rows = new ArrayList<>();
        for (ModuleProgress m : report.modules()) {
            rows.add(List.of(m.id() + (m.mastered() ? " ✔" : ""), Text.percent(m.mastery()), m.seen() + "/" + m.total(),
                    String.valueOf(m.dueToday()), String.valueOf(m.dueIn7Days()),
                    m.critical() == 0 ? "-" : m.criticalRight() + "/" + m.critical()));
            m.topics().forEach(t -> rows.add(List.of("  " + t.id(), Text.percent(t.mastery()), t.seen() + "/" + t.total(),
                    String.valueOf(t.dueToday()), String.valueOf(t.dueIn7Days()), "")));
        }
        return report.learner() + ": " + report.reviews() + " answers recorded\n\n"
                + Text.table(List.of("MODULE / TOPIC", "MASTERY", "SEEN", "DUE TODAY", "DUE 7 DAYS", "CRITICAL RIGHT"), rows)
                + "\n\nMastery is the mean chance of recalling each question now (unseen = 0%). A module is mastered (✔) at 90%"
                + "\nwith every question seen and every safety-critical question answered right last time.";
    }

    @Command(name = "srs evaluate", group = "Progress",
            description = "How well FSRS predicts a review log (log loss, RMSE(bins)); your own history without --revlog")
    String evaluate(@Option(longName = "revlog", description = "CSV: card_id,review_rating,review_time,review_duration") String revlog,
            @Option(longName = "timezone", description = "where days start at 04:00 (default UTC)") String timezone,
            @Option(longName = "format", description = "text or json") String format) {
        Format chosen = Format.of(format, Format.of(Format.TEXT, Format.JSON));
        ZoneId zone = zone(timezone);
        Evaluation result = revlog == null ? evaluation.ofLearner(accounts.requireCurrent(), zone)
                : evaluation.ofFile(Path.of(revlog), zone);
        if (chosen == Format.JSON) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("items", result.items());
            out.put("logLoss", result.logLoss());
            out.put("rmseBins", result.rmseBins());
            return json.writeValueAsString(out);
        }
        return String.format(Locale.ROOT, "Predicted %,d reviews with the default FSRS-6 parameters.%n"
                + "Log loss:    %.6f  (lower is better)%nRMSE(bins):  %.6f  (lower is better)",
                result.items(), result.logLoss(), result.rmseBins());
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
