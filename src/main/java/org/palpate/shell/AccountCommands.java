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

    @Command(name = "learner add", group = "Accounts", help = "learner add NAME --role student|instructor", description = "Create an account; the password is asked for (at least 8 characters)")
    String add(CommandContext context,
            @Argument(index = 0, description = "the learner's name (quote it if it has spaces)") String name,
            @Option(longName = "role", required = true, description = "student or instructor") String role) {
        Role chosen = Role.of(role);
        String who = Text.required(name, "NAME");
        Learner learner = accounts.add(who, chosen, passwords.read(context, "Password for " + who + ": "));
        return "Created " + learner.role().id() + " " + Text.quote(learner.name()) + ". Log in with: login " + Text.quote(learner.name());
    }

    @Command(name = "learner list", group = "Accounts", description = "List the accounts")
    String list() {
        List<Learner> all = accounts.all();
        if (all.isEmpty()) {
            return "No accounts yet: create one with 'learner add NAME --role student'.";
        }
        return Text.table(List.of("NAME", "ROLE"), all.stream().map(l -> List.of(l.name(), l.role().id())).toList());
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

    @Command(name = "whoami", group = "Accounts", description = "Show who is logged in")
    String whoami() {
        Learner learner = accounts.requireCurrent();
        return learner.name() + " (" + learner.role().id() + ")";
    }
}
