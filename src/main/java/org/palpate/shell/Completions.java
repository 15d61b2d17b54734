package org.palpate.shell;

import java.util.List;
import java.util.stream.Stream;

import org.palpate.curriculum.CourseModule;
import org.palpate.curriculum.CurriculumService;
import org.palpate.curriculum.Question;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.completion.CompletionProposal;
import org.springframework.shell.core.command.completion.CompletionProvider;

/** Tab completion of module, topic and question ids from the curriculum in use (JLine filters by what is typed). */
@Configuration(proxyBeanMethods = false)
class Completions {

    @Bean
    CompletionProvider quizCompletions(CurriculumService curricula) {
        return context -> {
            CommandOption option = context.getCommandOption();
            if (option == null || option.longName() == null) {
                return List.of();
            }
            Stream<String> values = switch (option.longName()) {
                case "module" -> safely(curricula).map(CourseModule::id);
                case "topic" -> {
                    // after --module M, only M's topics
                    int at = context.getWords().indexOf("--module");
                    String module = at >= 0 && at + 1 < context.getWords().size() ? context.getWords().get(at + 1) : null;
                    yield safely(curricula).filter(m -> module == null || m.id().equals(module))
                            .flatMap(m -> m.topics().stream()).map(t -> t.id()).distinct();
                }
                default -> Stream.empty();
            };
            return values.map(CompletionProposal::new).toList();
        };
    }

    @Bean
    CompletionProvider questionCompletions(CurriculumService curricula) {
        return context -> context.getCommandOption() != null ? List.of()
                : safely(curricula).flatMap(m -> m.questions().stream()).map(Question::id).map(CompletionProposal::new).toList();
    }

    @Bean
    CompletionProvider moduleCompletions(CurriculumService curricula) {
        return context -> context.getCommandOption() != null ? List.of()
                : safely(curricula).map(CourseModule::id).map(CompletionProposal::new).toList();
    }

    @Bean
    CompletionProvider lessonCompletions(CurriculumService curricula) {
        return context -> context.getCommandOption() != null ? List.of()
                : safely(curricula).flatMap(m -> m.lessons().stream()).map(l -> l.id()).map(CompletionProposal::new).toList();
    }

    /** Completion must never fail: a broken curriculum simply completes nothing. */
    private static Stream<CourseModule> safely(CurriculumService curricula) {
        try {
            return curricula.current().modules().stream();
        } catch (RuntimeException e) {
            return Stream.empty();
        }
    }
}
