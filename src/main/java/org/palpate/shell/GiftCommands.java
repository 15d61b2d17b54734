package org.palpate.shell;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.stream.Collectors;

import org.palpate.UserException;
import org.palpate.curriculum.gift.GiftExport;
import org.palpate.curriculum.gift.GiftImport;
import org.palpate.curriculum.gift.GiftService;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** Moodle GIFT question banks in and out. */
@Component
class GiftCommands {

    private final GiftService gift;
    private final OutputFiles files;

    GiftCommands(GiftService gift, OutputFiles files) {
        this.gift = gift;
        this.files = files;
    }

    @Command(name = "curriculum import-gift", group = "Curriculum", availabilityProvider = "instructorOnly",
            help = "curriculum import-gift FILE --module M", completionProvider = "quizCompletions",
            description = "Convert a Moodle GIFT bank into questions of module M (created if new); what cannot be converted is listed")
    void importGift(CommandContext context, @Argument(index = 0, description = "the .gift file") String file,
            @Option(longName = "module", required = true, description = "the module to import into") String module) {
        GiftImport.Result result = gift.importGift(Path.of(Text.required(file, "FILE")), module.strip());
        PrintWriter out = context.outputWriter();
        result.issues().forEach(issue -> out.println(issue.format()));
        result.curriculumProblems().forEach(problem -> out.println(problem.format()));
        if (!result.written()) {
            throw new UserException("nothing was imported: " + result.failure());
        }
        out.println("Imported " + result.imported() + " question(s) into " + module + (result.moduleCreated() ? " (new module)" : "")
                + ": " + result.counts().entrySet().stream().map(e -> e.getValue() + " " + e.getKey().id()).collect(Collectors.joining(", "))
                + (result.skipped() == 0 ? "" : "; " + result.skipped() + " skipped (listed above)")
                + (result.alreadyThere() == 0 ? "" : "; " + result.alreadyThere() + " already in the module, not imported again") + ".");
        if (!result.newTopics().isEmpty()) {
            out.println("New topics: " + String.join(", ", result.newTopics()) + " (write a lesson for each).");
        }
        result.notes().forEach(out::println);
        out.println("The curriculum in use now includes them. Review each question, add its sources, then 'curriculum validate'.");
    }

    @Command(name = "curriculum export-gift", group = "Curriculum", availabilityProvider = "instructorOnly",
            help = "curriculum export-gift M [--out FILE [--force]]", completionProvider = "moduleCompletions",
            description = "Write module M as a Moodle GIFT bank (ordering questions have no GIFT form and are skipped)")
    void exportGift(CommandContext context, @Argument(index = 0, description = "module id") String module,
            @Option(longName = "out", description = "write to this file instead of the screen") String out,
            @Option(longName = "force", description = "replace the --out file if it exists") boolean force) {
        GiftExport export = gift.exportGift(Text.required(module, "M"));
        PrintWriter writer = context.outputWriter();
        if (out == null) {
            writer.print(export.text());
            export.skipped().forEach(s -> ConsoleWriter.errorsOf(writer).println("skipped " + s.id() + ": " + s.reason()));
            return;
        }
        files.write(out, force, export.text());
        export.skipped().forEach(s -> writer.println("skipped " + s.id() + ": " + s.reason()));
        writer.println("Wrote " + export.exportedIds().size() + " question(s) of " + module + " to " + out
                + (export.skipped().isEmpty() ? "" : " (" + export.skipped().size() + " skipped)") + ". Import it in Moodle: "
                + "Question bank > Import > GIFT format.");
    }
}
