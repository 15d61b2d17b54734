package org.palpate.shell;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.palpate.curriculum.Case;
import org.palpate.curriculum.CurriculumService;
import org.palpate.curriculum.Question;
import org.palpate.curriculum.QuestionType;
import org.palpate.curriculum.Option;
import org.palpate.curriculum.Presented;
import org.palpate.quiz.QuizMode;
import org.palpate.quiz.Answered;
import org.palpate.quiz.QuizSession;
import org.palpate.quiz.Current;
import org.palpate.scheduling.NextStates;
import org.palpate.scheduling.Outcome;
import org.springframework.stereotype.Component;

/** How quiz questions and verdicts look, as text for people and as JSON maps for scripts. */
@Component
class QuizText {

    private static final int WIDTH = 88;
    private final CurriculumService curricula;
    private final Clock clock;

    QuizText(CurriculumService curricula, Clock clock) {
        this.curricula = curricula;
        this.clock = clock;
    }

    String question(Current current) {
        Presented shown = current.shown();
        Question q = shown.question();
        StringBuilder out = new StringBuilder();
        int position = current.session().answered() + 1;
        int total = current.session().answered() + current.session().queue().size();
        QuizSession session = current.session();
        if (session.mode() == QuizMode.EXAM) {
            out.append("Exam · ");
            if (session.deadline() != null) {
                out.append(Text.duration(Duration.between(clock.instant(), session.deadline()))).append(" left · ");
            }
        }
        out.append("Question ").append(position).append(" of ").append(total).append(" · ").append(q.moduleId())
                .append(" / ").append(q.topic()).append(q.critical() ? " · safety-critical" : "").append(" · ").append(q.id()).append('\n');
        caseOf(q).ifPresent(c -> out.append(Text.wrap("Case — " + c.title() + ": " + c.text(), WIDTH)).append("\n\n"));
        out.append(Text.wrap(q.key().shownPrompt(q.prompt()), WIDTH)).append('\n');
        if (q.type() != QuestionType.TRUE_FALSE) {
            shown.choices().forEach(o -> out.append(item(o)));
        }
        if (!shown.left().isEmpty()) {
            shown.left().forEach(o -> out.append(item(o)));
            out.append("with\n");
            shown.right().forEach(o -> out.append(item(o)));
        }
        out.append(hint(shown));
        return out.toString();
    }

    /** "  B) text", long text wrapped under itself. */
    private static String item(Option o) {
        String marker = "  " + o.key() + ") ";
        return marker + Text.wrap(o.text(), WIDTH - marker.length()).replace("\n", "\n" + " ".repeat(marker.length())) + "\n";
    }

    static String hint(Presented shown) {
        return shown.question().key().hint(shown);
    }

    String verdict(Answered a) {
        StringBuilder out = new StringBuilder();
        out.append(a.graded().correct() ? "✔ Right." : "✘ Not right.").append('\n');
        if (!a.graded().correct()) {
            out.append("Your answer: ").append(Text.printable(a.graded().given())).append('\n');
        }
        out.append(Text.wrap("Right answer: " + a.graded().expected(), WIDTH)).append('\n');
        out.append(solution(a.shown()));
        if (a.graded().feedback() != null) {
            out.append(Text.wrap("Note: " + a.graded().feedback(), WIDTH)).append('\n');
        }
        out.append(Text.wrap("Why: " + a.question().explanation(), WIDTH)).append('\n');
        if (!a.question().sources().isEmpty()) {
            out.append("Sources:\n");
            a.question().sources().forEach(s -> out.append("  - ").append(Text.wrap(s, WIDTH - 4).replace("\n", "\n    ")).append('\n'));
        }
        return out.toString();
    }

    /** Matching and ordering keys alone are hard to read: the solution spelled out, one line per item. */
    private static String solution(Presented shown) {
        StringBuilder out = new StringBuilder();
        shown.question().key().solution().forEach(line -> out.append("  ").append(line).append('\n'));
        return out.toString();
    }

    static String intervals(NextStates next) {
        return next.all().stream().map(o -> o.rating().name().toLowerCase() + " " + Text.duration(o.interval()))
                .collect(Collectors.joining(" · "));
    }

    Map<String, Object> questionJson(Current current) {
        Presented shown = current.shown();
        Question q = shown.question();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", q.id());
        json.put("type", q.type().id());
        json.put("prompt", q.key().shownPrompt(q.prompt()));
        json.put("choices", keyed(shown.choices()));
        json.putAll(q.key().json());
        if (!shown.left().isEmpty()) {
            json.put("left", keyed(shown.left()));
            json.put("right", keyed(shown.right()));
        }
        json.put("module", q.moduleId());
        json.put("topic", q.topic());
        json.put("critical", q.critical());
        json.put("case", caseOf(q).map(Case::text).orElse(null));
        json.put("position", current.session().answered() + 1);
        json.put("total", current.session().answered() + current.session().queue().size());
        return json;
    }

    Map<String, Object> answerJson(Answered a) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", a.question().id());
        json.put("correct", a.graded().correct());
        json.put("rating", a.rating().name().toLowerCase());
        json.put("answer", a.graded().given());
        json.put("expected", a.graded().expected());
        json.put("feedback", a.graded().feedback());
        json.put("explanation", a.question().explanation());
        json.put("sources", a.question().sources());
        Map<String, String> intervals = new LinkedHashMap<>();
        for (Outcome o : a.preview().all()) {
            intervals.put(o.rating().name().toLowerCase(), Text.duration(o.interval()));
        }
        json.put("intervals", intervals);
        json.put("due", a.outcome().card().due().toString());
        json.put("comesBack", a.comesBack());
        json.put("remaining", a.before().queue().size() - 1 + (a.comesBack() ? 1 : 0));
        return json;
    }

    private Optional<Case> caseOf(Question q) {
        if (q.caseId() == null) {
            return Optional.empty();
        }
        return curricula.current().module(q.moduleId()).flatMap(m -> m.cases().stream()
                .filter(c -> c.id().equals(q.caseId())).findFirst());
    }

    private static List<Map<String, String>> keyed(List<Option> options) {
        return options.stream().map(o -> {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("key", o.key());
            m.put("text", o.text());
            return m;
        }).toList();
    }
}
