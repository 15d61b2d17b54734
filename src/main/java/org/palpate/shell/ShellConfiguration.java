package org.palpate.shell;

import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.palpate.learner.Access;
import org.palpate.learner.AccountService;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.availability.Availability;
import org.springframework.shell.core.command.availability.AvailabilityProvider;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.adapter.MethodInvokerCommandAdapter;
import org.springframework.shell.jline.CommandCompleter;
import org.springframework.shell.jline.PromptProvider;

@Configuration(proxyBeanMethods = false)
class ShellConfiguration {

    @Bean
    PalpateCommandParser commandParser(CommandRegistry registry) {
        return new PalpateCommandParser(registry);
    }

    @Bean
    CommandCompleter commandCompleter(CommandRegistry registry) {
        return new PalpateCompleter(registry);
    }

    @Bean
    PromptProvider promptProvider() {
        return () -> new AttributedString("palpate> ", AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN));
    }

    /** Instructor-only commands; the reason reads after "... is not available because". */
    @Bean
    AvailabilityProvider instructorOnly(Access access) {
        return () -> access.current()
                .map(l -> Access.isInstructor(l) ? Availability.available() : Availability.unavailable("it is for instructors only"))
                .orElseGet(() -> Availability.unavailable("nobody is logged in: run 'login NAME' first"));
    }

    /** Account creation: open while there is no account at all (the first instructor), then instructors only. */
    @Bean
    AvailabilityProvider accountAdmin(AccountService accounts, Access access) {
        AvailabilityProvider instructorOnly = instructorOnly(access);
        return () -> accounts.hasAccounts() ? instructorOnly.get() : Availability.available();
    }

    /** Guards the annotated commands as soon as Spring Shell has registered them. */
    @Bean
    static BeanPostProcessor commandGuardInstaller() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof CommandRegistry registry) {
                    for (Command command : registry.getCommands()) {
                        // only Palpate's annotated commands: Spring Shell registers its built-in beans a second time later
                        if (command instanceof MethodInvokerCommandAdapter) {
                            registry.unregisterCommand(command);
                            registry.registerCommand(new GuardedCommand(command));
                        }
                    }
                }
                return bean;
            }
        };
    }
}
