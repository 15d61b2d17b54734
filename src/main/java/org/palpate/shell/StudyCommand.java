package org.palpate.shell;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;

import org.palpate.UserException;
import org.palpate.learner.AccountService;
import org.palpate.learner.Learner;
import org.palpate.curriculum.Graded;
import org.palpate.quiz.NothingToStudy;
import org.palpate.quiz.QuizMode;
import org.palpate.quiz.ExamSchedules;
import org.palpate.quiz.QuizService;
import org.palpate.quiz.Answered;
import org.palpate.quiz.Current;
import org.palpate.quiz.Finished;
import org.palpate.quiz.Undone;
import org.palpate.quiz.QuizSession;
import org.palpate.scheduling.Rating;
import org.springframework.shell.core.InputReader;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.stereotype.Component;

/**
 * The daily session, interactive: due reviews first, then new questions. After each answer the learner sees the
 * verdict, the explanation and the next interval for each rating, then picks a rating (Enter = good). Every
 * confirmed answer is committed before the next question appears, so quitting or a crash loses nothing. An exam
 * resumed here shows only "recorded" (what a quiz may show is {@link QuizMode#showsFeedback()}).
 */
@Component
class StudyCommand {

    private static final String KEYS = "(u = undo the last answer, q = quit)";
    private static final String STOPPED = "Stopped. Every answer you confirmed is saved; 'study' picks up where you left off.";
    private final AccountService accounts;
    private final QuizService quiz;
    private final QuizText text;
    private final ExamSchedules schedules;

    StudyCommand(AccountService accounts, QuizService quiz, QuizText text, ExamSchedules schedules) {
        this.accounts = accounts;
        this.quiz = quiz;
        this.text = text;
        this.schedules = schedules;
    }

    @Command(name = "study", group = "Study", description = "Study today's reviews and new questions, interactively")
    void study(CommandContext context) {
        Learner learner = accounts.requireCurrent();
        PrintWriter out = context.outputWriter();
        InputReader in = context.inputReader();
        Optional<QuizSession> open = quiz.open(learner);
        if (open.isPresent()) {
            boolean exam = !open.get().mode().showsFeedback();
            out.println((exam ? "Resuming your mock exam: " : "Resuming your quiz: ") + open.get().answered() + " answered, "
                    + open.get().queue().size() + " to go." + (exam ? " No feedback until you finish it. (q = quit)" : ""));
        } else {
            try {
                QuizSession session = quiz.start(learner, QuizMode.DAILY, null, null, null);
                out.println(schedules.daysLeft(learner).map(days -> "Exam " + (days == 0 ? "today" : "in " + days
                        + (days == 1 ? " day" : " days")) + ". ").orElse("") + "Today: " + session.planned() + " question(s). " + KEYS);
            } catch (NothingToStudy nothing) {
                out.println(Character.toUpperCase(nothing.getMessage().charAt(0)) + nothing.getMessage().substring(1) + ".");
                return;
            }
        }
        while (true) {
            Optional<Current> current = quiz.next(learner);
            if (current.isEmpty()) {
                Finished finished = quiz.finish(learner);
                QuizSession done = finished.session();
                out.println(finished.exam() != null ? ExamText.text(finished.exam())
                        : "Done for now: " + done.correct() + " of " + done.answered() + " right. See where you stand with: progress");
                return;
            }
            out.println();
            out.println(text.question(current.get()));
            out.flush();
            long shownAt = System.nanoTime();
            String answer = read(in, "Your answer: ");
            if (answer == null || answer.equalsIgnoreCase("q")) {
                out.println(STOPPED);
                return;
            }
            if (!current.get().session().mode().showsFeedback()) {
                examAnswer(learner, current.get(), answer, out);
                continue;
            }
            if (answer.equalsIgnoreCase("u")) {
                undo(learner, out);
                continue;
            }
            if (answer.isBlank()) {
                out.println("Type an answer, or q to quit.");
                continue;
            }
            Graded graded;
            try {
                graded = quiz.check(learner, current.get().shown().question().id(), answer);
                if (graded.close()) {
                    answer = read(in, "Close: check the spelling. Your answer: ");
                    if (answer == null || answer.isBlank()) {
                        out.println("Not recorded; the question stays.");
                        continue;
                    }
                    graded = quiz.check(learner, current.get().shown().question().id(), answer);
                }
            } catch (UserException e) {
                out.println(e.getMessage());
                continue;
            }
            long responseMillis = (System.nanoTime() - shownAt) / 1_000_000;
            Decision decision = rate(current.get(), graded, in, out);
            if (decision == null) {
                out.println("Not recorded; the question stays.");
                continue;
            }
            Rating rating = decision.rating();
            Answered answered;
            try {
                answered = quiz.answer(learner, current.get().shown().question().id(), answer, rating, responseMillis);
            } catch (UserException e) {
                out.println(e.getMessage());
                continue;
            }
            out.println("Recorded as " + answered.rating().name().toLowerCase(Locale.ROOT) + ": due again in "
                    + Text.duration(answered.outcome().interval()) + "."
                    + (answered.comesBack() ? " It will come back later in this session." : ""));
            if (decision.quit()) {
                out.println(STOPPED);
                return;
            }
        }
    }

    /** An exam question: the answer is recorded with no verdict, no rating and no undo. */
    private void examAnswer(Learner learner, Current current, String answer, PrintWriter out) {
        if (answer.isBlank() || answer.equalsIgnoreCase("u")) {
            out.println(answer.isBlank() ? "Type an answer, or q to quit." : "An exam answer cannot be taken back.");
            return;
        }
        try {
            Answered answered = quiz.answer(learner, current.shown().question().id(), answer, null, null);
            int left = answered.before().queue().size() - 1;
            out.println("Answer recorded." + (left == 0 ? " That was the last question." : " " + left + " to go."));
        } catch (UserException e) {
            out.println(e.getMessage());
        }
    }

    /** The rating to record, and whether the learner wants to stop after it. */
    private record Decision(Rating rating, boolean quit) {
    }

    /** Shows the verdict and asks for the rating; null means the learner took the answer back before it was saved. */
    private Decision rate(Current current, Graded graded, InputReader in, PrintWriter out) {
        Answered preview = new Answered(current.shown(), graded, graded.correct() ? Rating.GOOD : Rating.AGAIN,
                current.preview().of(graded.correct() ? Rating.GOOD : Rating.AGAIN), current.preview(), current.session(), false);
        out.print(text.verdict(preview));
        out.println("Next review by rating: " + QuizText.intervals(current.preview()));
        while (true) {
            String key = read(in, graded.correct() ? "Enter = good, h = hard, e = easy, u = take back, q = save and stop: "
                    : "Enter = continue (rated again), u = take back, q = save and stop: ");
            String choice = key == null ? "" : key.strip().toLowerCase(Locale.ROOT);
            if (choice.equals("u")) {
                return null;
            }
            boolean quit = choice.equals("q") || key == null;
            if (!graded.correct()) {
                return new Decision(Rating.AGAIN, quit);
            }
            switch (choice) {
                case "", "g", "q" -> {
                    return new Decision(Rating.GOOD, quit);
                }
                case "h" -> {
                    return new Decision(Rating.HARD, false);
                }
                case "e" -> {
                    return new Decision(Rating.EASY, false);
                }
                default -> out.println("Press Enter, h, e, u or q.");
            }
        }
    }

    private void undo(Learner learner, PrintWriter out) {
        try {
            Undone undone = quiz.undo(learner);
            out.println("Took back your last answer" + (undone.question() == null ? "" : " (" + undone.question().id() + ")") + ".");
        } catch (UserException e) {
            out.println(e.getMessage());
        }
    }

    private static String read(InputReader in, String prompt) {
        try {
            String line = in.readInput(prompt);
            return line == null ? null : line.strip();
        } catch (UnsupportedOperationException e) {
            throw new UserException("study needs a terminal or answers on standard input; use the quiz commands instead");
        } catch (Exception e) {
            return null;
        }
    }
}
