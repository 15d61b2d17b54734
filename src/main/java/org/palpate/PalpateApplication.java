package org.palpate;

import java.util.Map;

import org.palpate.admin.H2HomeSecurity;
import org.palpate.admin.HomeWritable;
import org.palpate.shell.Launch;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class PalpateApplication {

    public static void main(String[] args) {
        H2HomeSecurity.bindToLoopback(); // before any H2 class loads
        Launch launch = Launch.parse(args);
        java.util.Optional<String> unwritable = HomeWritable.problem(HomeWritable.of(args));
        if (unwritable.isPresent()) {
            System.err.println("palpate: " + unwritable.get());
            System.exit(1);
        }
        if (launch.oneShot()) {
            // Spring Boot warms Jackson, conversion and validation up in a thread of its own: on two cores that only
            // competes with the start-up a one-shot command waits for, for beans it mostly never creates
            System.setProperty("spring.backgroundpreinitializer.ignore", "true");
        }
        SpringApplication app = new SpringApplication(PalpateApplication.class);
        // Spring Shell 4.0.1 ignores arguments in interactive mode: a command on the command line means one-shot mode.
        // A one-shot command creates only the beans it reaches (no terminal, no line reader, no JSON mapper for 'whoami').
        app.setDefaultProperties(Map.of("spring.shell.interactive.enabled", String.valueOf(!launch.oneShot()),
                "spring.main.lazy-initialization", String.valueOf(launch.oneShot())));
        app.addInitializers(context -> context.getBeanFactory().registerSingleton("launch", launch));
        app.addListeners(new SpringAotGuard());
        int status;
        try {
            status = SpringApplication.exit(start(app, launch));
        } catch (SpringApplication.AbandonedRunException buildTimeAotProcessing) {
            throw buildTimeAotProcessing; // the build's AOT processing stops the start once the context is prepared
        } catch (RuntimeException startupFailure) {
            System.err.println("palpate: cannot start: " + Launch.rootMessage(startupFailure));
            status = 1;
        }
        System.exit(status);
    }

    /**
     * Several one-shot commands started at once on one H2 home race for its lock file, and one that came in as a
     * client of another's auto-server loses it when that process ends during its start: such a start is tried again,
     * briefly (nothing was done yet: the command runs only once the application has started).
     */
    private static org.springframework.context.ConfigurableApplicationContext start(SpringApplication app, Launch launch) {
        for (int attempt = 1;; attempt++) {
            try {
                return app.run(launch.springArguments());
            } catch (RuntimeException failure) {
                String message = Launch.rootMessage(failure);
                boolean lockRace = LOCK_RACE.stream().anyMatch(message::contains);
                if (!lockRace || attempt == START_ATTEMPTS) {
                    throw failure;
                }
                try {
                    Thread.sleep(200L + java.util.concurrent.ThreadLocalRandom.current().nextLong(800));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw failure;
                }
            }
        }
    }

    private static final int START_ATTEMPTS = 4;
    /** What H2 and the pool say when the auto-server a start used went away, or its lock file was being taken. */
    private static final java.util.List<String> LOCK_RACE = java.util.List.of("Lock file recently modified", "Another process was faster", "Locked by another process",
            "Database is already closed", "Connection is closed", "Connection is broken");
}
