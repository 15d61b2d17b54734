package org.palpate;

import java.util.Map;

import org.palpate.admin.H2HomeSecurity;
import org.palpate.shell.Launch;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class PalpateApplication {

    public static void main(String[] args) {
        H2HomeSecurity.bindToLoopback(); // before any H2 class loads
        Launch launch = Launch.parse(args);
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
        int status;
        try {
            status = SpringApplication.exit(app.run(launch.springArguments()));
        } catch (RuntimeException startupFailure) {
            System.err.println("palpate: cannot start: " + Launch.rootMessage(startupFailure));
            status = 1;
        }
        System.exit(status);
    }
}
