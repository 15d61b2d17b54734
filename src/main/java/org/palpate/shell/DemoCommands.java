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
        return String.format(Locale.ROOT, "Seeded %,d simulated students with %,d answers over %d days (seed %d) in %.1f s.%n"
                + "Log in as %s (password %s) to read 'report cohort' and 'report items'; each student is %s0001... with the same password.",
                result.learners(), result.reviews(), result.days(), result.seed(), result.took().toMillis() / 1000.0,
                DemoSeeder.INSTRUCTOR, DemoSeeder.PASSWORD, DemoSeeder.PREFIX);
    }
}
