package org.palpate.shell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.palpate.UserException;
import org.palpate.curriculum.CourseModule;
import org.palpate.curriculum.Curriculum;
import org.palpate.curriculum.CurriculumService;
import org.palpate.curriculum.LoadResult;
import org.palpate.curriculum.Problem;
import org.palpate.curriculum.Question;
import org.palpate.quiz.QuestionHistory;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.palpate.learner.AccountService;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.stereotype.Component;

@Component
class CurriculumCommands {

    private final CurriculumService curricula;
    private final QuestionHistory history;
    private final AccountService accounts;

    CurriculumCommands(CurriculumService curricula, QuestionHistory history, AccountService accounts) {
        this.curricula = curricula;
        this.history = history;
        this.accounts = accounts;
    }

    @Command(name = "curriculum publish", group = "Curriculum", availabilityProvider = "instructorOnly",
            description = "Put the curriculum folder in use into the database: every machine on it grades against it")
    String publish() {
        CurriculumService.PublishedVersion v = curricula.publish(accounts.requireInstructor().name());
        return "Published " + v.from() + " as version " + v.number() + " (" + plural(v.questions(), "question") + ", sha256 "
                + v.hash().substring(0, 12) + "): study, quizzes and exams on every machine of this database are graded "
                + "against it from their next question.";
    }

    @Command(name = "curriculum validate", group = "Curriculum", help = "curriculum validate [DIR]",
            description = "Check curriculum files and list every problem as path:line:column: message")
    void validate(CommandContext context, @Argument(index = 0, description = "the curriculum folder (default: the one in use)") String dir) {
        Path folder = dir == null || dir.isBlank() ? null : Path.of(dir);
        if (folder != null && !Files.isDirectory(folder)) {
            throw new UserException("no such folder: " + dir);
        }
        LoadResult result = curricula.validate(folder);
        report(context, result);
        if (result.ok()) {
            history.notes(result.curriculum()).forEach(context.outputWriter()::println);
        }
        Path shown = folder == null ? curricula.location() : folder;
        if (!result.ok()) {
            throw new UserException(shown + " has " + plural(result.errors().size(), "error") + " and "
                    + plural(result.warnings().size(), "warning"));
        }
        context.outputWriter().println(shown + " is valid: " + summary(result.curriculum()) + ", "
                + plural(result.warnings().size(), "warning") + ".");
    }

    @Command(name = "curriculum reload", group = "Curriculum", availabilityProvider = "instructorOnly",
            description = "Load the curriculum files again; the new version is used only if it is valid")
    void reload(CommandContext context) {
        LoadResult result = curricula.reload();
        report(context, result);
        if (result.ok()) {
            history.notes(result.curriculum()).forEach(context.outputWriter()::println);
        }
        if (!result.ok()) {
            throw new UserException(plural(result.errors().size(), "error") + " found; the curriculum loaded before stays in use");
        }
        context.outputWriter().println("Reloaded " + curricula.location() + ": " + summary(result.curriculum()) + ".");
    }

    @Command(name = "curriculum list", group = "Curriculum", description = "List the modules and their topics")
    String list() {
        Curriculum curriculum = curricula.current();
        StringBuilder out = new StringBuilder(curriculum.program().title()).append(" (").append(curricula.location()).append(")\n");
        for (CourseModule m : curriculum.modules()) {
            out.append('\n').append(m.id()).append(" — ").append(m.title()).append(" (").append(plural(m.questions().size(), "question"))
                    .append(m.prerequisites().isEmpty() ? "" : "; after " + String.join(", ", m.prerequisites())).append(")\n");
            Map<String, Long> perTopic = m.questions().stream().collect(Collectors.groupingBy(Question::topic, Collectors.counting()));
            m.topics().forEach(t -> out.append("  ").append(t.id()).append(" — ").append(t.title()).append(" (")
                    .append(perTopic.getOrDefault(t.id(), 0L)).append(")\n"));
        }
        return out.toString().stripTrailing();
    }

    @Command(name = "question show", group = "Curriculum", availabilityProvider = "instructorOnly", help = "question show ID", completionProvider = "questionCompletions",
            description = "Preview a question with its answer key, explanation and sources")
    String show(@Argument(index = 0, description = "question id") String id) {
        Question q = curricula.question(Text.required(id, "ID"));
        StringBuilder out = new StringBuilder();
        out.append(q.id()).append(" · ").append(q.moduleId()).append(" / ").append(q.topic()).append(" · ").append(q.type().id())
                .append(q.critical() ? " · safety-critical" : "").append(" · version ").append(q.contentHash()).append('\n');
        curricula.current().module(q.moduleId()).flatMap(m -> q.caseId() == null ? java.util.Optional.empty() : m.caseById(q.caseId()))
                .ifPresent(c -> out.append(Text.wrap("Case — " + c.title() + ": " + c.text(), 88)).append("\n\n"));
        out.append(Text.wrap(q.prompt(), 88)).append('\n');
        q.key().keyLines().forEach(line -> out.append("  ").append(line).append('\n'));
        out.append(Text.wrap("Why: " + q.explanation(), 88)).append('\n');
        q.sources().forEach(s -> out.append("  - ").append(s).append('\n'));
        return out.toString().stripTrailing();
    }

    private static void report(CommandContext context, LoadResult result) {
        List<Problem> problems = result.problems();
        problems.forEach(p -> context.outputWriter().println(p.format()));
        context.outputWriter().flush();
    }

    private static String summary(Curriculum c) {
        return plural(c.modules().size(), "module") + ", " + plural(c.questions().size(), "question") + ", "
                + plural(c.modules().stream().mapToInt(m -> m.lessons().size()).sum(), "lesson");
    }

    static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
