package org.palpate;

import java.util.List;
import java.util.Objects;

import org.springframework.aot.AotDetector;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;

/**
 * Spring AOT ({@code -Dspring.aot.enabled=true}, given by the launcher when the jar has the context the build
 * generated) runs bean definitions whose conditions were decided at build time, with the jar's own
 * {@code application.properties} alone. A start whose settings (a profile such as {@code school}, an argument, an
 * environment variable, a file in the working folder) give one of the properties those conditions read another value
 * would get other beans without AOT: that start runs without AOT, exactly as before. The keys are those of the
 * conditions Spring Boot's condition report lists for Palpate (Spring Shell's interactive mode excepted: Palpate's
 * own runner chooses the mode at run time and uses none of the runner beans that property selects).
 */
final class SpringAotGuard implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    static final List<String> DECIDED_AT_BUILD = List.of("palpate.school.connect-as-learner",
            "spring.flyway.enabled", "spring.flyway.url", "spring.datasource.type", "spring.datasource.jndi-name",
            "spring.sql.init.mode", "spring.data.jdbc.repositories.enabled", "spring.jmx.enabled",
            "spring.aop.auto", "spring.aop.proxy-target-class", "spring.application.admin.enabled",
            "spring.persistence.exceptiontranslation.enabled", "spring.threads.virtual.enabled",
            "spring.task.execution.mode", "spring.messages.basename", "spring.info.build.location",
            "spring.info.git.location", "spring.shell.command.help.enabled", "spring.shell.command.clear.enabled",
            "spring.shell.command.version.enabled", "spring.shell.command.script.enabled",
            "spring.shell.command.history.enabled", "spring.shell.context.close");

    /** Read by conditions too, but what they select is never used: Palpate's own runner picks the mode at run time. */
    static final List<String> CHOSEN_AT_RUN_TIME = List.of("spring.shell.interactive.enabled");

    private static final String PACKAGED = "class path resource [application.properties]";

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        if (AotDetector.useGeneratedArtifacts() && !matchesBuild(event.getEnvironment())) {
            System.setProperty(AotDetector.AOT_ENABLED, "false");
        }
    }

    /** Whether every key has the value the jar's own application.properties gives it (or none, as there). */
    static boolean matchesBuild(ConfigurableEnvironment environment) {
        PropertySource<?> packaged = environment.getPropertySources().stream()
                .filter(source -> source.getName().contains(PACKAGED)).findFirst().orElse(null);
        for (String key : DECIDED_AT_BUILD) {
            Object built = packaged == null ? null : packaged.getProperty(key);
            if (!Objects.equals(built == null ? null : built.toString(), environment.getProperty(key))) {
                return false;
            }
        }
        return true;
    }
}
