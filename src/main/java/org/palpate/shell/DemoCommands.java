package org.palpate.shell;

import java.util.Locale;

import org.palpate.demo.DemoSeeder;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

@Component
class DemoCommands {

    private final DemoSeeder seeder;

    DemoCommands(DemoSeeder seeder) {
        this.seeder = seeder;
    }

    @Command(name = "demo seed", group = "Progress", help = "demo seed --learners N --days D [--seed S] [--force]",
            description = "Fill the database with a simulated cohort (same seed, same data) to try the reports")
    String seed(@Option(longName = "learners", description = "how many simulated students (default 30)") Integer learners,
            @Option(longName = "days", description = "how many days of study up to now (default 90)") Integer days,
            @Option(longName = "seed", description = "the random seed (default 1)") Long seed,
            @Option(longName = "force", description = "add the demo accounts even if real accounts exist") boolean force) {
        DemoSeeder.Result result = seeder.seed(learners == null ? 30 : learners, days == null ? 90 : days, seed == null ? 1 : seed, force);
        String seeded = String.format(Locale.ROOT, "Seeded %,d simulated students with %,d answers over %d days (seed %d) in %.1f s.%n",
                result.learners(), result.reviews(), result.days(), result.seed(), result.took().toMillis() / 1000.0);
        if (!result.instructor()) {
            return seeded + "Real accounts exist, so no demo instructor was made: read the reports as yourself. Each student is "
                    + DemoSeeder.PREFIX + "0001... with the password " + result.password() + " (shown only now).";
        }
        return seeded + String.format(Locale.ROOT, "Log in as %s (password %s) to read 'report cohort' and 'report items'; each student is "
                + "%s0001... with the same password.", DemoSeeder.INSTRUCTOR, result.password(), DemoSeeder.PREFIX);
    }
}
