package org.palpate.shell;

import java.time.Clock;

import org.palpate.progress.CohortReport;
import org.palpate.progress.CohortReportService;
import org.palpate.progress.ItemAnalysis;
import org.palpate.progress.ItemAnalysisService;
import org.palpate.progress.LearnerReport;
import org.palpate.progress.LearnerReportService;
import org.palpate.progress.ReportCsv;
import org.palpate.progress.ReportHtml;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

import org.springframework.beans.factory.ObjectProvider;
import tools.jackson.databind.json.JsonMapper;

/** Reports on a learner, the cohort and the questions; who may read what is decided by the services (through Access). */
@Component
class ReportCommands {

    private final LearnerReportService learners;
    private final CohortReportService cohort;
    private final ItemAnalysisService items;
    private final ObjectProvider<JsonMapper> json; // made on first use: most commands print no JSON
    private final Clock clock;
    private final OutputFiles files;

    ReportCommands(LearnerReportService learners, CohortReportService cohort, ItemAnalysisService items, ObjectProvider<JsonMapper> json, Clock clock,
            OutputFiles files) {
        this.files = files;
        this.learners = learners;
        this.cohort = cohort;
        this.items = items;
        this.json = json;
        this.clock = clock;
    }

    @Command(name = "report learner", group = "Progress", help = "report learner [NAME] [--format table|csv|json|html] [--out FILE [--force]]",
            description = "A learner's full report: mastery, critical questions, forecast, calendar, retention, streak, weakest questions")
    String learner(@Argument(index = 0, description = "the learner (default: you; students may read only their own)") String name,
            @Option(longName = "format", description = "table, csv, json or html") String format,
            @Option(longName = "out", description = "write to this file instead of the screen") String out,
            @Option(longName = "force", description = "replace the --out file if it exists") boolean force) {
        Format chosen = ReportOutput.format(format, out);
        LearnerReport report = learners.of(name);
        return ReportOutput.emit(chosen, out, force, files, () -> switch (chosen) {
            case CSV -> ReportCsv.learner(report);
            case JSON -> json.getObject().writeValueAsString(report);
            case HTML -> ReportHtml.learner(report, clock.getZone());
            default -> ReportText.learner(report, clock.getZone());
        });
    }

    @Command(name = "report cohort", group = "Progress", help = "report cohort [--format table|csv|json|html] [--out FILE [--force]]",
            description = "Every student by module (mastery heatmap), module completion and the students at risk (instructors)")
    String cohort(@Option(longName = "format", description = "table, csv, json or html") String format,
            @Option(longName = "out", description = "write to this file instead of the screen") String out,
            @Option(longName = "force", description = "replace the --out file if it exists") boolean force) {
        Format chosen = ReportOutput.format(format, out);
        CohortReport report = cohort.report();
        return ReportOutput.emit(chosen, out, force, files, () -> switch (chosen) {
            case CSV -> ReportCsv.cohort(report);
            case JSON -> json.getObject().writeValueAsString(report);
            case HTML -> ReportHtml.cohort(report, clock.getZone());
            default -> ReportText.cohort(report, clock.getZone());
        });
    }

    @Command(name = "report items", group = "Progress", completionProvider = "quizCompletions",
            help = "report items [--module M] [--format table|csv|json|html] [--out FILE [--force]]",
            description = "Item analysis of every question: facility, discrimination, distractors, flags (instructors)")
    String items(@Option(longName = "module", description = "only this module's questions") String module,
            @Option(longName = "format", description = "table, csv, json or html") String format,
            @Option(longName = "out", description = "write to this file instead of the screen") String out,
            @Option(longName = "force", description = "replace the --out file if it exists") boolean force) {
        Format chosen = ReportOutput.format(format, out);
        ItemAnalysis report = items.report(module == null || module.isBlank() ? null : module.strip());
        return ReportOutput.emit(chosen, out, force, files, () -> switch (chosen) {
            case CSV -> ReportCsv.items(report);
            case JSON -> json.getObject().writeValueAsString(report);
            case HTML -> ReportHtml.items(report, clock.getZone());
            default -> ReportText.items(report);
        });
    }
}
