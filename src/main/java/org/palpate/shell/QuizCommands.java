package org.palpate.shell;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.palpate.learner.AccountService;
import org.palpate.learner.Learner;
import org.palpate.quiz.QuizMode;
import org.palpate.quiz.QuizService;
import org.palpate.quiz.QuizService.Answered;
import org.palpate.quiz.QuizService.Current;
import org.palpate.quiz.QuizSession;
import org.palpate.scheduling.Rating;
import org.springframework.shell.core.command.CommandArgument;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/** The scriptable quiz: one command per step, usable from another process, the session kept in the database. */
@Component
class QuizCommands {

    private final AccountService accounts;
    private final QuizService quiz;
    private final QuizText text;
    private final JsonMapper json;

    QuizCommands(AccountService accounts, QuizService quiz, QuizText text, JsonMapper json) {
        this.accounts = accounts;
        this.quiz = quiz;
        this.text = text;
        this.json = json;
    }

    @Command(name = "quiz start", group = "Study", completionProvider = "quizCompletions",
            description = "Start a quiz: today's reviews and new questions, or practice on a module or topic")
    String start(@Option(longName = "module", description = "module id") String module,
            @Option(longName = "topic", description = "topic id") String topic,
            @Option(longName = "count", description = "how many questions (practice: 10 by default)") Integer count,
            @Option(longName = "mode", description = "daily (the default without --module/--topic) or practice") String mode) {
        Learner learner = accounts.requireCurrent();
        QuizMode chosen = mode != null ? QuizMode.of(mode) : (module == null && topic == null ? QuizMode.DAILY : QuizMode.PRACTICE);
        QuizSession session = quiz.start(learner, chosen, module, topic, count);
        return "Started a " + chosen.id() + " quiz of " + session.planned() + " question" + (session.planned() == 1 ? "" : "s")
                + (module == null ? "" : " on " + module) + (topic == null ? "" : " / " + topic) + ". Next: quiz next";
    }

    @Command(name = "quiz next", group = "Study", description = "Show the current question")
    String next(@Option(longName = "format", description = "text or json") String format) {
        Format chosen = Format.of(format, Format.of(Format.TEXT, Format.JSON));
        Learner learner = accounts.requireCurrent();
        Optional<Current> current = quiz.next(learner);
        if (current.isEmpty()) {
            QuizSession session = quiz.requireOpen(learner);
            return chosen == Format.JSON ? write(Map.of("done", true, "answered", session.answered(), "correct", session.correct()))
                    : "No questions left (" + session.correct() + " of " + session.answered() + " right). End the quiz with: quiz finish";
        }
        return chosen == Format.JSON ? write(text.questionJson(current.get()))
                : text.question(current.get()) + "\nAnswer with: quiz answer ANSWER [--rate hard|good|easy]";
    }

    @Command(name = "quiz answer", group = "Study", help = "quiz answer ANSWER [--rate again|hard|good|easy] [--format text|json]",
            description = "Answer the current question: a letter (B), letters (A,C), true/false, a word, or letters in order")
    String answer(CommandContext context,
            @Option(longName = "rate", description = "after a right answer: again, hard, good (default) or easy") String rate,
            @Option(longName = "format", description = "text or json") String format) {
        Format chosen = Format.of(format, Format.of(Format.TEXT, Format.JSON));
        String given = context.parsedInput().arguments().stream().map(CommandArgument::value).collect(Collectors.joining(" "));
        Text.required(given, "ANSWER");
        Answered answered = quiz.answer(accounts.requireCurrent(), given, rating(rate), null);
        if (chosen == Format.JSON) {
            return write(text.answerJson(answered));
        }
        return text.verdict(answered) + recorded(answered);
    }

    static String recorded(Answered a) {
        int left = a.before().queue().size() - 1 + (a.comesBack() ? 1 : 0);
        return "Next review by rating: " + QuizText.intervals(a.preview()) + "\n"
                + "Recorded as " + a.rating().name().toLowerCase() + ": due again in " + Text.duration(a.outcome().interval()) + "."
                + (a.comesBack() ? " It will come back later in this quiz." : "")
                + (left == 0 ? " That was the last question: quiz finish" : " " + left + " to go: quiz next");
    }

    @Command(name = "quiz undo", group = "Study", description = "Take back the last answer (the review, the card and the quiz position)")
    String undo() {
        QuizService.Undone undone = quiz.undo(accounts.requireCurrent());
        return "Took back your answer to " + (undone.question() == null ? "a question" : undone.question().id())
                + ". It is the current question again: quiz next";
    }

    @Command(name = "quiz finish", group = "Study", description = "End the quiz in progress (answers are already saved)")
    String finish() {
        QuizSession session = quiz.finish(accounts.requireCurrent());
        String unanswered = session.queue().isEmpty() ? "" : " " + session.queue().size() + " question(s) were left unanswered.";
        return "Quiz finished: " + session.correct() + " of " + session.answered() + " right." + unanswered
                + " See where you stand with: progress";
    }

    @Command(name = "quiz status", group = "Study", description = "Show the quiz in progress, if any")
    String status() {
        Learner learner = accounts.requireCurrent();
        return quiz.open(learner).map(s -> "A " + s.mode().id() + " quiz is in progress"
                + (s.moduleId() == null ? "" : " on " + s.moduleId()) + (s.topicId() == null ? "" : " / " + s.topicId())
                + ": " + s.answered() + " answered (" + s.correct() + " right), " + s.queue().size() + " to go. Continue with: quiz next")
                .orElse("No quiz in progress. Start one with: study, or quiz start [--module M]");
    }

    static Rating rating(String rate) {
        if (rate == null) {
            return null;
        }
        return switch (rate.strip().toLowerCase()) {
            case "again" -> Rating.AGAIN;
            case "hard" -> Rating.HARD;
            case "good" -> Rating.GOOD;
            case "easy" -> Rating.EASY;
            default -> throw new UsageException("unknown rating '" + rate + "': use again, hard, good or easy");
        };
    }

    private String write(Object value) {
        return json.writeValueAsString(value);
    }
}
