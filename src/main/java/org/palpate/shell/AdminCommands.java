package org.palpate.shell;

import java.nio.file.Path;

import org.palpate.admin.BackupService;
import org.palpate.admin.SchoolSetup;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

@Component
class AdminCommands {

    private final BackupService backups;
    private final SchoolSetup school;

    AdminCommands(BackupService backups, SchoolSetup school) {
        this.backups = backups;
        this.school = school;
    }

    /** Not an instructor's command: the database decides, by who the connection is (the owner of the tables). */
    @Command(name = "admin school-setup", group = "Accounts",
            description = "PostgreSQL: make the database enforce roles (learner login roles, grants, row-level security); run as the owner")
    String schoolSetup() {
        SchoolSetup.Result result = school.setUp();
        StringBuilder out = new StringBuilder("The database now enforces roles: students are members of " + result.students()
                + ", instructors of " + result.instructors() + ". Lab machines connect with the profile 'school' and the learner's own login.");
        if (!result.needPassword().isEmpty()) {
            out.append("\nAccounts that need a password before they can log in (learner passwd NAME, as an instructor): ")
                    .append(String.join(", ", result.needPassword().stream().map(Text::quote).toList())).append('.');
        }
        return out.toString();
    }

    @Command(name = "admin backup", group = "Accounts", availabilityProvider = "instructorOnly", help = "admin backup FILE",
            description = "Save the whole H2 database (accounts, reviews, quizzes) to a file, while Palpate runs")
    String backup(@Argument(index = 0, description = "the backup file to write, e.g. palpate-2026-11-24.zip") String file) {
        Path written = backups.backup(Path.of(Text.required(file, "FILE")));
        return "Backed up the database to " + written + ".";
    }

    @Command(name = "admin restore", group = "Accounts", availabilityProvider = "instructorOnly", help = "admin restore FILE --yes",
            description = "Replace the whole H2 database with a backup (the current one is saved first)")
    String restore(@Argument(index = 0, description = "a file written by 'admin backup'") String file,
            @Option(longName = "yes", description = "confirm: everything recorded since the backup is replaced") boolean yes) {
        String name = Text.required(file, "FILE");
        if (!yes) {
            throw new UsageException("restoring replaces everything recorded since the backup: add --yes to confirm");
        }
        Path saved = backups.restore(Path.of(name));
        return "Restored the database from " + name + " (the database before it is saved in " + saved + ").";
    }
}
