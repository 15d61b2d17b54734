package org.palpate.shell;

import java.util.List;

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

    @Command(name = "learner add", group = "Accounts", help = "learner add NAME --role student|instructor", availabilityProvider = "accountAdmin",
            description = "Create an account (instructors; the very first account is an instructor); the password is asked for")
    String add(CommandContext context,
            @Argument(index = 0, description = "the learner's name (quote it if it has spaces)") String name,
            @Option(longName = "role", required = true, description = "student or instructor") String role) {
        Role chosen = Role.of(role);
        String who = Text.required(name, "NAME");
        Learner learner = accounts.add(who, chosen, passwords.read(context, "Password for " + who + ": "));
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
    String remove(@Argument(index = 0, description = "the learner's name") String name,
            @Option(longName = "yes", description = "confirm: the learner's whole history is deleted") boolean yes) {
        String who = Text.required(name, "NAME");
        if (!yes) {
            throw new UsageException("removing " + Text.quote(who) + " deletes their whole history: add --yes to confirm");
        }
        return "Removed " + Text.quote(accounts.remove(who).name()) + " and their history.";
    }

    @Command(name = "learner passwd", group = "Accounts", help = "learner passwd [NAME]",
            description = "Change your password (instructors: anyone's); the new one is asked for")
    String passwd(CommandContext context, @Argument(index = 0, description = "whose password (default: yours)") String name) {
        String who = name == null || name.isBlank() ? accounts.requireCurrent().name() : name.strip();
        Learner learner = accounts.changePassword(who, passwords.read(context, "New password for " + who + ": "));
        return "Password changed for " + Text.quote(learner.name()) + ".";
    }

    @Command(name = "learner role", group = "Accounts", availabilityProvider = "instructorOnly",
            help = "learner role NAME --role student|instructor", description = "Change an account's role")
    String role(@Argument(index = 0, description = "the learner's name") String name,
            @Option(longName = "role", required = true, description = "student or instructor") String role) {
        Learner learner = accounts.changeRole(Text.required(name, "NAME"), Role.of(role));
        return Text.quote(learner.name()) + " is now " + (learner.role() == Role.INSTRUCTOR ? "an instructor." : "a student.");
    }

    @Command(name = "login", group = "Accounts", help = "login NAME", description = "Log in; the login lasts across commands until 'logout'")
    String login(CommandContext context, @Argument(index = 0, description = "your name") String name) {
        String who = Text.required(name, "NAME");
        Learner learner = accounts.login(who, passwords.read(context, "Password for " + who + ": "));
        return "Logged in as " + Text.quote(learner.name()) + " (" + learner.role().id() + ").";
    }

    @Command(name = "logout", group = "Accounts", description = "Log out")
    String logout() {
        accounts.logout();
        return "Logged out.";
    }

}
