package org.palpate.shell;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import org.palpate.UserException;
import org.palpate.curriculum.CurriculumService;
import org.palpate.learner.ExamDateService;
import org.springframework.shell.core.command.CommandArgument;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

@Component
class ExamDateCommands {

    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    private final ExamDateService examDates;
    private final CurriculumService curricula;

    ExamDateCommands(ExamDateService examDates, CurriculumService curricula) {
        this.examDates = examDates;
        this.curricula = curricula;
    }

    @Command(name = "learner exam-date", group = "Accounts", help = "learner exam-date [NAME] [DATE] [--clear] [--all]",
            description = "Set the day of your exam (YYYY-MM-DD): mastery and readiness are predicted for it (instructors: anyone's, or --all)")
    String examDate(CommandContext context,
            @Argument(index = 0, description = "the learner's name (instructors), or the date") String first,
            @Argument(index = 1, description = "the exam date, YYYY-MM-DD") String second,
            @Option(longName = "clear", description = "remove the exam date") boolean clear,
            @Option(longName = "all", description = "every student (instructors)") boolean all) {
        List<String> words = context.parsedInput().arguments().stream().map(CommandArgument::value).toList();
        if (words.size() > 2) {
            throw new UsageException("too many words: learner exam-date [NAME] DATE (a name with spaces goes in quotes)");
        }
        boolean lastIsDate = !words.isEmpty() && words.get(words.size() - 1).strip().matches("\\d{4}-\\d{1,2}-\\d{1,2}");
        String name = words.size() == 2 || (words.size() == 1 && !lastIsDate) ? words.get(0) : null;
        LocalDate date = lastIsDate ? date(words.get(words.size() - 1)) : null;
        if (words.size() == 2 && !lastIsDate) {
            throw new UserException("'" + words.get(1) + "' is not a date: write it YYYY-MM-DD, e.g. 2027-03-14");
        }
        if (all && name != null) {
            throw new UsageException("--all sets every student's exam date: leave the name out");
        }
        if (clear && date != null) {
            throw new UsageException("give a date or --clear, not both");
        }
        if (!clear && date == null) {
            if (all) {
                throw new UsageException("--all needs a date (or --clear)");
            }
            return show(name);
        }
        ExamDateService.Change change = all ? examDates.setForAllStudents(date) : examDates.set(name, date);
        String whose = change.learner() == null ? "Every student's exam date (" + change.accounts() + " accounts)"
                : "The exam date of " + Text.quote(change.learner());
        return change.date() == null
                ? whose + " is cleared: mastery and readiness look " + fallback() + "."
                : whose + " is " + change.date() + " (" + change.date().format(LONG) + "): mastery and readiness are predicted for that day.";
    }

    private String show(String name) {
        LocalDate own = examDates.of(name).orElse(null);
        String who = name == null ? "Your exam date" : "The exam date of " + Text.quote(name.strip());
        return own == null ? who + " is not set: mastery and readiness look " + fallback() + ". Set it with 'learner exam-date "
                + (name == null ? "" : Text.quote(name.strip()) + " ") + "YYYY-MM-DD'."
                : who + " is " + own + " (" + own.format(LONG) + ").";
    }

    /** What mastery looks at without a learner's own date: the course's exam date from program.yaml, else 30 days ahead. */
    private String fallback() {
        LocalDate course = curricula.current().program().examDate();
        return course == null ? "30 days ahead" : "at the course's exam date, " + course + " (program.yaml; 30 days ahead once it is past)";
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip(), DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (DateTimeParseException e) {
            throw new UserException("'" + text.strip() + "' is not a date of the calendar: write it YYYY-MM-DD, e.g. 2027-03-14");
        }
    }
}
