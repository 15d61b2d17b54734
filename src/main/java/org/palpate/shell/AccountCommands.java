package org.palpate.shell;

import java.util.List;

import org.palpate.UserException;
import org.palpate.learner.AccountService;
import org.palpate.learner.Learner;
import org.palpate.learner.Role;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

@Component
class AccountCommands {

    private final AccountService accounts;
    private final PasswordSource passwords;

    AccountCommands(AccountService accounts, PasswordSource passwords) {
        this.accounts = accounts;
        this.passwords = passwords;
    }

    @Command(name = "learner add", group = "Accounts", help = "learner add NAME [--role student|instructor]", availabilityProvider = "accountAdmin",
            description = "Create an account (instructors; the very first account is an instructor); the password is asked for")
    String add(CommandContext context,
            @Argument(index = 0, description = "the learner's name (quote it if it has spaces)") String name,
            @Option(longName = "role", description = "student (the default) or instructor (the default for the first account)") String role) {
        Role chosen = role == null ? null : role(role);
        String who = Text.name(context);
        Learner learner = accounts.add(who, chosen, passwords.readNew(context, who));
        return "Created " + learner.role().id() + " " + Text.quote(learner.name()) + ". Log in with: login " + Text.quote(learner.name());
    }

    @Command(name = "whoami", group = "Accounts", description = "Show who is logged in")
    String whoami() {
        Learner learner = accounts.requireCurrent();
        return Text.printable(learner.name()) + " (" + learner.role().id() + ")";
    }

    @Command(name = "learner list", group = "Accounts", availabilityProvider = "instructorOnly", description = "List the accounts")
    String list() {
        List<Learner> all = accounts.all();
        return Text.table(List.of("NAME", "ROLE"), all.stream().map(l -> List.of(l.name(), l.role().id())).toList());
    }

    @Command(name = "learner remove", group = "Accounts", availabilityProvider = "instructorOnly", help = "learner remove NAME --yes",
            description = "Remove an account with all its reviews (cannot be undone)")
    String remove(CommandContext context, @Argument(index = 0, description = "the learner's name") String name,
            @Option(longName = "yes", description = "confirm: the learner's whole history is deleted") boolean yes) {
        String who = Text.name(context);
        if (!yes) {
            throw new UsageException("removing " + Text.quote(who) + " deletes their whole history: add --yes to confirm");
        }
        return "Removed " + Text.quote(accounts.remove(who).name()) + " and their history.";
    }

    @Command(name = "learner passwd", group = "Accounts", help = "learner passwd [NAME]",
            description = "Change your password (instructors: anyone's); the new one is asked for")
    String passwd(CommandContext context, @Argument(index = 0, description = "whose password (default: yours)") String name) {
        Learner current = accounts.requireCurrent();
        String who = context.parsedInput().arguments().isEmpty() ? current.name() : Text.name(context);
        // your own password needs the current one, so that nobody at an unlocked lab machine can take the account
        char[] old = who.equals(current.name()) ? passwords.read(context, "Current password: ") : null;
        Learner learner = accounts.changePassword(who, old, passwords.readNew(context, who));
        return "Password changed for " + Text.quote(learner.name()) + ".";
    }

    @Command(name = "learner role", group = "Accounts", availabilityProvider = "instructorOnly",
            help = "learner role NAME --role student|instructor", description = "Change an account's role")
    String role(CommandContext context, @Argument(index = 0, description = "the learner's name") String name,
            @Option(longName = "role", required = true, description = "student or instructor") String role) {
        Learner learner = accounts.changeRole(Text.name(context), role(role));
        return Text.quote(learner.name()) + " is now " + (learner.role() == Role.INSTRUCTOR ? "an instructor." : "a student.");
    }

    @Command(name = "login", group = "Accounts", help = "login NAME", description = "Log in; the login lasts across commands until 'logout'")
    String login(CommandContext context, @Argument(index = 0, description = "your name") String name) {
        String who = Text.name(context);
        Learner learner = accounts.login(who, passwords.read(context, "Password for " + who + ": "));
        return "Logged in as " + Text.quote(learner.name()) + " (" + learner.role().id() + ").";
    }

    @Command(name = "logout", group = "Accounts", help = "logout [--everywhere]", description = "Log out")
    String logout(@Option(longName = "everywhere", description = "end every login of yours, on every machine") boolean everywhere) {
        if (everywhere) {
            return "Logged " + Text.quote(accounts.logoutEverywhere().name()) + " out everywhere.";
        }
        accounts.logout();
        return "Logged out.";
    }


    /** A misspelt role is wrong usage (exit 2), like any option value that is not one of its choices. */
    private static Role role(String role) {
        try {
            return Role.of(role);
        } catch (UserException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
