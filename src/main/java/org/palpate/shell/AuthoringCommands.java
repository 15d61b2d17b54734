package org.palpate.shell;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.palpate.UserException;
import org.palpate.curriculum.CourseModule;
import org.palpate.curriculum.Curriculum;
import org.palpate.curriculum.CurriculumService;
import org.palpate.curriculum.Lesson;
import org.palpate.curriculum.LoadResult;
import org.palpate.curriculum.MblexCoverage;
import org.palpate.curriculum.Question;
import org.palpate.curriculum.QuestionType;
import org.palpate.curriculum.SafetyRule;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

import org.springframework.beans.factory.ObjectProvider;
import tools.jackson.databind.json.JsonMapper;

/** Instructors' previews and scaffolding: modules, lessons, counts. */
@Component
class AuthoringCommands {

    private final CurriculumService curricula;
    private final ObjectProvider<JsonMapper> json; // made on first use: most commands print no JSON

    AuthoringCommands(CurriculumService curricula, ObjectProvider<JsonMapper> json) {
        this.curricula = curricula;
        this.json = json;
    }

    @Command(name = "module new", group = "Curriculum", availabilityProvider = "instructorOnly", help = "module new ID [--title TITLE]",
            description = "Create a new module from a valid scaffold (module.yaml, a lesson, an example question)")
    void create(CommandContext context, @Argument(index = 0, description = "the module id, e.g. sports-massage") String id,
            @Option(longName = "title", description = "the module's title") String title) {
        LoadResult result = curricula.newModule(Text.required(id, "ID"), title);
        result.problems().forEach(p -> context.outputWriter().println(p.format()));
        if (!result.ok()) {
            throw new UserException("the new module would not load, so nothing was written");
        }
        context.outputWriter().println("Created module " + id + " in " + curricula.location().resolve(id)
                + " and added it to program.yaml.\nNext: edit module.yaml, lessons/basics.md and questions.yaml, then run "
                + "'curriculum validate' and 'curriculum reload'. Add it to the blueprint in program.yaml if exams should draw from it.");
    }

    @Command(name = "module show", group = "Curriculum", help = "module show ID", completionProvider = "moduleCompletions",
            description = "Show a module: summary, objectives, topics, cases, lessons and question counts")
    String module(@Argument(index = 0, description = "module id") String id) {
        CourseModule m = curricula.module(Text.required(id, "ID"));
        StringBuilder out = new StringBuilder(m.id()).append(" — ").append(m.title()).append('\n');
        if (m.summary() != null) {
            out.append(Text.wrap(m.summary(), 88)).append('\n');
        }
        out.append("\nPrerequisites: ").append(m.prerequisites().isEmpty() ? "none" : String.join(", ", m.prerequisites())).append('\n');
        if (!m.objectives().isEmpty()) {
            out.append("\nObjectives:\n");
            m.objectives().forEach(o -> out.append("  - ").append(o).append('\n'));
        }
        out.append("\nTopics:\n");
        m.topics().forEach(t -> out.append("  ").append(t.id()).append(" — ").append(t.title()).append(" (")
                .append(m.questions().stream().filter(q -> q.topic().equals(t.id())).count()).append(" questions)\n"));
        if (!m.cases().isEmpty()) {
            out.append("\nCases:\n");
            m.cases().forEach(c -> out.append("  ").append(c.id()).append(" — ").append(c.title()).append('\n'));
        }
        out.append("\nLessons (lesson show ID):\n");
        m.lessons().forEach(l -> out.append("  ").append(l.id()).append(" — ").append(l.title()).append('\n'));
        out.append("\nQuestions: ").append(m.questions().size()).append(" (")
                .append(m.questions().stream().filter(Question::critical).count()).append(" safety-critical); by type: ")
                .append(m.questions().stream().collect(Collectors.groupingBy(q -> q.type().id(), LinkedHashMap::new, Collectors.counting()))
                        .entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")));
        return out.toString();
    }

    @Command(name = "lesson show", group = "Curriculum", help = "lesson show ID", completionProvider = "lessonCompletions",
            description = "Read a lesson, rendered for the terminal")
    String lesson(@Argument(index = 0, description = "lesson id") String id) {
        String wanted = Text.required(id, "ID");
        Lesson lesson = curricula.current().lesson(wanted)
                .orElseThrow(() -> new UserException("no lesson '" + wanted + "'; 'module show M' lists a module's lessons"));
        StringBuilder out = new StringBuilder(lesson.title()).append("  (").append(lesson.moduleId()).append(" / ")
                .append(lesson.topic()).append(")\n\n").append(MarkdownText.render(lesson.markdown())).append('\n');
        if (!lesson.sources().isEmpty()) {
            out.append("\nSources:\n");
            lesson.sources().forEach(s -> out.append("  - ").append(s).append('\n'));
        }
        return out.toString().stripTrailing();
    }

    @Command(name = "curriculum stats", group = "Curriculum", help = "curriculum stats [--format table|json]",
            description = "Count questions by module, topic and type, the questions testing each safety rule, and the MBLEx coverage")
    String stats(@Option(longName = "format", description = "table or json") String format) {
        Format chosen = Format.of(format, Format.of(Format.TABLE, Format.JSON));
        Curriculum c = curricula.current();
        List<QuestionType> types = List.of(QuestionType.values());
        if (chosen == Format.JSON) {
            List<Map<String, Object>> modules = c.modules().stream().map(m -> {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("id", m.id());
                row.put("questions", m.questions().size());
                row.put("critical", m.questions().stream().filter(Question::critical).count());
                row.put("lessons", m.lessons().size());
                row.put("byType", counts(m.questions(), types));
                row.put("byTopic", m.topics().stream().collect(Collectors.toMap(t -> t.id(),
                        t -> m.questions().stream().filter(q -> q.topic().equals(t.id())).count(), (a, b) -> a, LinkedHashMap::new)));
                return row;
            }).toList();
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("questions", c.questions().size());
            out.put("modules", modules);
            out.put("safetyRules", c.safetyRules().stream().map(r -> {
                List<Question> testing = c.questionsTesting(r.id());
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("id", r.id());
                row.put("rule", r.text());
                row.put("sources", r.sources());
                row.put("questions", testing.size());
                row.put("questionIds", testing.stream().map(Question::id).toList());
                return row;
            }).toList());
            out.put("mblex", MblexText.json(MblexCoverage.of(c)));
            return json.getObject().writeValueAsString(out);
        }
        List<String> header = new ArrayList<>(List.of("MODULE / TOPIC", "QUESTIONS", "CRITICAL", "LESSONS"));
        types.forEach(t -> header.add(t.id().toUpperCase()));
        List<List<String>> rows = new ArrayList<>();
        for (CourseModule m : c.modules()) {
            rows.add(row(m.id(), m.questions(), String.valueOf(m.lessons().size()), types));
            m.topics().forEach(t -> rows.add(row("  " + t.id(), m.questions().stream().filter(q -> q.topic().equals(t.id())).toList(),
                    String.valueOf(m.lessons().stream().filter(l -> l.topic().equals(t.id())).count()), types)));
        }
        rows.add(row("all", c.questions(), String.valueOf(c.modules().stream().mapToInt(m -> m.lessons().size()).sum()), types));
        return Text.table(header, rows) + safetyRules(c) + MblexText.table(MblexCoverage.of(c));
    }

    /** Each safety rule with how many questions test it and in which modules: a rule taught in two modules shows here. */
    private static String safetyRules(Curriculum c) {
        if (c.safetyRules().isEmpty()) {
            return "";
        }
        List<List<String>> rows = new ArrayList<>();
        for (SafetyRule rule : c.safetyRules()) {
            List<Question> testing = c.questionsTesting(rule.id());
            rows.add(List.of(rule.id(), String.valueOf(testing.size()),
                    testing.stream().map(Question::moduleId).distinct().collect(Collectors.joining(", "))));
        }
        return "\n\nSafety rules (" + c.safetyRules().size() + ", stated in safety-rules.yaml):\n"
                + Text.table(List.of("RULE", "QUESTIONS", "MODULES"), rows);
    }

    private static List<String> row(String label, List<Question> questions, String lessons, List<QuestionType> types) {
        List<String> row = new ArrayList<>(List.of(label, String.valueOf(questions.size()),
                String.valueOf(questions.stream().filter(Question::critical).count()), lessons));
        counts(questions, types).values().forEach(n -> row.add(String.valueOf(n)));
        return row;
    }

    private static Map<String, Long> counts(List<Question> questions, List<QuestionType> types) {
        Map<String, Long> counts = new LinkedHashMap<>();
        types.forEach(t -> counts.put(t.id(), questions.stream().filter(q -> q.type() == t).count()));
        return counts;
    }
}
