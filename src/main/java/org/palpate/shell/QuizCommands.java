package org.palpate.shell;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.palpate.UserException;
import org.palpate.learner.AccountService;
import org.palpate.learner.Learner;
import org.palpate.quiz.ExamBlueprint;
import org.palpate.quiz.QuizMode;
import org.palpate.quiz.QuizService;
import org.palpate.quiz.Answered;
import org.palpate.quiz.Current;
import org.palpate.quiz.Finished;
import org.palpate.quiz.Undone;
import org.palpate.quiz.QuizSession;
import org.palpate.quiz.StartedQuiz;
import org.palpate.scheduling.Rating;
import org.springframework.shell.core.command.CommandArgument;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

import org.springframework.beans.factory.ObjectProvider;
import tools.jackson.databind.json.JsonMapper;

/** The scriptable quiz: one command per step, usable from another process, the session kept in the database. */
@Component
class QuizCommands {

    private final AccountService accounts;
    private final QuizService quiz;
    private final QuizText text;
    private final ObjectProvider<JsonMapper> json; // made on first use: most commands print no JSON
    private final Clock clock;

    QuizCommands(AccountService accounts, QuizService quiz, QuizText text, ObjectProvider<JsonMapper> json, Clock clock) {
        this.accounts = accounts;
        this.quiz = quiz;
        this.text = text;
        this.json = json;
        this.clock = clock;
    }

    @Command(name = "quiz start", group = "Study", completionProvider = "quizCompletions",
            description = "Start a quiz: today's reviews and new questions, or practice on a module or topic")
    String start(@Option(longName = "module", description = "module id") String module,
            @Option(longName = "topic", description = "topic id") String topic,
            @Option(longName = "count", description = "how many questions (practice: 10 by default)") Integer count,
            @Option(longName = "mode", description = "daily (the default without --module/--topic), practice or exam") String mode,
            @Option(longName = "time", description = "exam time limit in minutes") Integer time,
            @Option(longName = "blueprint", description = "exam: mblex (by the MBLEx content outline) or program (the default)") String blueprint) {
        Learner learner = accounts.requireCurrent();
        QuizMode chosen = mode != null ? mode(mode) : (module == null && topic == null ? QuizMode.DAILY : QuizMode.PRACTICE);
        ExamBlueprint drawnBy = ExamBlueprint.of(blueprint, chosen);
        StartedQuiz started = quiz.start(learner, chosen, module, topic, count, time, drawnBy);
        QuizSession session = started.session();
        if (chosen == QuizMode.EXAM) {
            return "Started a mock exam of " + session.planned() + " questions drawn by "
                    + (drawnBy == ExamBlueprint.MBLEX ? "the MBLEx content outline" : "the blueprint")
                    + (time == null ? "" : ", " + CurriculumCommands.plural(time, "minute")) + ". No feedback until you finish it. Next: quiz next"
                    + MblexText.shortfalls(started.shortfalls());
        }
        return "Started a " + chosen.id() + " quiz of " + CurriculumCommands.plural(session.planned(), "question")
                + (module == null ? "" : " on " + module) + (topic == null ? "" : (module == null ? " on" : ",") + " topic " + topic)
                + ". Next: quiz next";
    }

    @Command(name = "quiz next", group = "Study", description = "Show the current question")
    String next(@Option(longName = "format", description = "text or json") String format) {
        Format chosen = Format.of(format, Format.of(Format.TEXT, Format.JSON));
        Learner learner = accounts.requireCurrent();
        Optional<Current> current = quiz.next(learner);
        if (current.isEmpty()) {
            QuizSession session = quiz.requireOpen(learner);
            boolean timeUp = session.timeUp(clock.instant());
            if (chosen == Format.JSON) {
                return write(Map.of("done", true, "timeUp", timeUp, "answered", session.answered()));
            }
            return timeUp ? "Time is up. See your score with: quiz finish"
                    : session.mode() == QuizMode.EXAM ? "That was the last question. See your score with: quiz finish"
                    : "No questions left (" + session.correct() + " of " + session.answered() + " right). End the quiz with: quiz finish";
        }
        return chosen == Format.JSON ? write(text.questionJson(current.get()))
                : text.question(current.get()) + (current.get().session().mode() == QuizMode.EXAM ? "\nAnswer with: quiz answer ANSWER"
                        : "\nAnswer with: quiz answer ANSWER [--rate hard|good|easy]");
    }

    @Command(name = "quiz answer", group = "Study", help = "quiz answer ANSWER [--rate again|hard|good|easy] [--question ID] [--format text|json]",
            description = "Answer the current question: a letter (B), letters (A,C), true/false, a word, words for the blanks (a; b), a number, or letters in order")
    String answer(CommandContext context,
            @Option(longName = "rate", description = "after a right answer: again, hard, good (default) or easy") String rate,
            @Option(longName = "question", description = "the id shown by 'quiz next': refuse if it was answered meanwhile") String question,
            @Option(longName = "format", description = "text or json") String format) {
        Format chosen = Format.of(format, Format.of(Format.TEXT, Format.JSON));
        String given = context.parsedInput().arguments().stream().map(CommandArgument::value).collect(Collectors.joining(" "));
        Text.required(given, "ANSWER");
        Answered answered = quiz.answer(accounts.requireCurrent(), question, given, rating(rate), null);
        if (answered.before().mode() == QuizMode.EXAM) {
            int left = answered.before().queue().size() - 1;
            return chosen == Format.JSON ? write(Map.of("id", answered.question().id(), "recorded", true, "remaining", left))
                    : "Answer recorded. " + (left == 0 ? "That was the last question: quiz finish" : left + " to go: quiz next");
        }
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
        Undone undone = quiz.undo(accounts.requireCurrent());
        return "Took back your answer to " + (undone.question() == null ? "a question" : undone.question().id())
                + ". It is the current question again: quiz next";
    }

    @Command(name = "quiz finish", group = "Study", description = "End the quiz in progress; an exam shows its score and the review of every missed question")
    String finish(@Option(longName = "format", description = "text or json") String format) {
        Format chosen = Format.of(format, Format.of(Format.TEXT, Format.JSON));
        Finished finished = quiz.finish(accounts.requireCurrent());
        if (finished.exam() != null) {
            return chosen == Format.JSON ? write(ExamText.json(finished.exam())) : ExamText.text(finished.exam());
        }
        QuizSession session = finished.session();
        if (chosen == Format.JSON) {
            return write(Map.of("answered", session.answered(), "correct", session.correct(), "unanswered", session.queue().size()));
        }
        long notReached = session.queue().stream().distinct().count() - finished.retried();
        String unanswered = notReached <= 0 ? "" : " " + CurriculumCommands.plural((int) notReached, "question") + " not reached.";
        return "Quiz finished: " + session.correct() + " of " + session.answered() + " right." + unanswered
                + " See where you stand with: progress";
    }

    @Command(name = "quiz status", group = "Study", description = "Show the quiz in progress, if any")
    String status() {
        Learner learner = accounts.requireCurrent();
        return quiz.open(learner).map(s -> {
            String what = switch (s.mode()) {
                case EXAM -> "A mock exam";
                case DAILY -> "A daily quiz";
                case PRACTICE -> "A practice quiz";
            };
            String where = (s.moduleId() == null ? "" : " on " + s.moduleId()) + (s.topicId() == null ? "" : ", topic " + s.topicId());
            if (s.timeUp(clock.instant())) {
                return what + where + " ran out of time after " + s.answered() + " answers. See the score with: quiz finish";
            }
            return what + where + " is in progress: " + s.answered() + " answered"
                    + (s.mode() == QuizMode.EXAM ? "" : " (" + s.correct() + " right)") + ", " + s.queue().size()
                    + " to go. Continue with: quiz next";
        }).orElse("No quiz in progress. Start one with: study, or quiz start [--module M]");
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
        return json.getObject().writeValueAsString(value);
    }

    private static QuizMode mode(String mode) {
        try {
            return QuizMode.of(mode);
        } catch (UserException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
