package org.palpate.shell;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.util.List;

import org.palpate.UserException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.convert.ConversionException;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.ExitStatus;
import org.springframework.shell.core.command.availability.Availability;
import org.springframework.shell.core.command.availability.AvailabilityProvider;
import org.springframework.shell.core.command.completion.CompletionProvider;

/**
 * Wraps every Palpate command so that all entry points (interactive shell, one-shot process, ShellTestClient) turn
 * a user's mistake into one readable line and an exit status: 1 for a user error, 2 for wrong usage.
 * Unexpected failures are logged with their stack trace to the log file, never to the user's screen.
 */
final class GuardedCommand implements Command {

    static final ExitStatus USER_ERROR = new ExitStatus(1, "user error");
    static final ExitStatus USAGE_ERROR = new ExitStatus(2, "usage error");
    private static final Logger log = LoggerFactory.getLogger(GuardedCommand.class);

    private final Command delegate;

    GuardedCommand(Command delegate) {
        this.delegate = delegate;
    }

    @Override
    public ExitStatus execute(CommandContext given) {
        ConsoleWriter out = ConsoleWriter.terminalSafe(given.outputWriter());
        CommandContext context = new CommandContext(given.parsedInput(), given.commandRegistry(), out, given.inputReader());
        PrintWriter err = ConsoleWriter.errorsOf(out);
        Availability availability = delegate.getAvailabilityProvider().get();
        if (!availability.isAvailable()) {
            return report(err, USER_ERROR, "'" + getName() + "' is not available because " + availability.reason());
        }
        try {
            ExitStatus status = delegate.execute(context);
            out.flush();
            return status;
        } catch (InvocationTargetException e) {
            return failure(err, e.getTargetException());
        } catch (ConversionException e) {
            return report(err, USAGE_ERROR, badNumber(context) + " (see 'help " + getName() + "')");
        } catch (Exception e) {
            return failure(err, e);
        }
    }

    private ExitStatus failure(PrintWriter err, Throwable failure) {
        if (failure instanceof UserException) {
            return report(err, USER_ERROR, failure.getMessage());
        }
        // e.g. a transaction that could not begin because a lab machine has no login (no connection) yet
        for (Throwable cause = failure.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof UserException user) {
                return report(err, USER_ERROR, user.getMessage());
            }
        }
        if (failure instanceof UsageException) {
            return report(err, USAGE_ERROR, failure.getMessage() + " (see 'help " + getName() + "')");
        }
        if (failure instanceof IllegalArgumentException && failure.getMessage() != null
                && failure.getMessage().startsWith("Required option '")) {
            // thrown by Spring Shell before the command method runs: "Required option '--role' is missing."
            String option = failure.getMessage().replaceAll("Required option '([^']*)'.*", "$1");
            return report(err, USAGE_ERROR, option + " is required (see 'help " + getName() + "')");
        }
        log.error("'{}' failed", getName(), failure);
        return report(err, USER_ERROR, "'" + getName() + "' failed unexpectedly: " + Launch.rootMessage(failure)
                + " (details in the log file palpate.log in PALPATE_HOME)");
    }

    /** Which number option got something that is not a number, in the user's terms. */
    private String badNumber(CommandContext context) {
        for (CommandOption given : context.parsedInput().options()) {
            Class<?> type = getOptions().stream().filter(o -> o.longName() != null && o.longName().equals(given.longName()))
                    .map(CommandOption::type).findFirst().orElse(String.class);
            boolean whole = type == Integer.class || type == int.class || type == Long.class || type == long.class;
            if (whole && (given.value() == null || !given.value().strip().matches("-?\\d+"))) {
                return "--" + given.longName() + " needs a whole number, not '" + given.value() + "'";
            }
        }
        return "a value is not valid";
    }

    private static ExitStatus report(PrintWriter err, ExitStatus status, String message) {
        // messages may quote what the user typed: the writer shows control characters, never sends them
        err.println("Error: " + message);
        err.flush();
        return status;
    }

    @Override
    public String getName() {
        return delegate.getName();
    }

    @Override
    public String getDescription() {
        return delegate.getDescription();
    }

    @Override
    public String getHelp() {
        return delegate.getHelp();
    }

    @Override
    public boolean isHidden() {
        return delegate.isHidden();
    }

    @Override
    public String getGroup() {
        return delegate.getGroup();
    }

    @Override
    public List<String> getAliases() {
        return delegate.getAliases();
    }

    @Override
    public List<CommandOption> getOptions() {
        return delegate.getOptions();
    }

    @Override
    public AvailabilityProvider getAvailabilityProvider() {
        return delegate.getAvailabilityProvider();
    }

    @Override
    public CompletionProvider getCompletionProvider() {
        return delegate.getCompletionProvider();
    }
}
