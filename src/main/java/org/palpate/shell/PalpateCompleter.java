package org.palpate.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jline.reader.Candidate;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.completion.CompletionContext;
import org.springframework.shell.core.command.completion.CompletionProposal;
import org.springframework.shell.jline.CommandCompleter;

/**
 * Tab completion. Spring Shell 4.0.1's completer finds the command only while the word after it is still empty, so
 * {@code question show ci-va<Tab>} completed nothing; this one finds the longest command name before the cursor,
 * then completes option names, or values from the command's completion provider.
 */
class PalpateCompleter extends CommandCompleter {

    /** Options whose values are a fixed set, whatever the command. */
    private static final Map<String, List<String>> CHOICES = Map.of(
            "rate", List.of("again", "hard", "good", "easy"),
            "role", List.of("student", "instructor"),
            "mode", List.of("daily", "practice", "exam"),
            "blueprint", List.of("program", "mblex"),
            "format", List.of("text", "table", "csv", "json", "html"));

    private final CommandRegistry registry;

    PalpateCompleter(CommandRegistry registry) {
        super(registry);
        this.registry = registry;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        List<String> words = line.words();
        int nameLength = 0;
        for (int n = 1; n <= Math.min(line.wordIndex(), words.size()); n++) {
            if (registry.getCommandByName(String.join(" ", words.subList(0, n))) != null) {
                nameLength = n;
            }
        }
        if (nameLength == 0) {
            super.complete(reader, line, candidates);
            return;
        }
        Command command = registry.getCommandByName(String.join(" ", words.subList(0, nameLength)));
        String current = line.word();
        CommandOption option = optionBeingFilled(command, words, line.wordIndex());
        if (option == null && current.startsWith("-")) {
            // options already given elsewhere on the line are not offered again (the word being typed does not count)
            List<String> others = new ArrayList<>(words);
            others.remove(line.wordIndex());
            command.getOptions().stream().filter(o -> o.longName() != null && !others.contains("--" + o.longName()))
                    .forEach(o -> candidates.add(new Candidate("--" + o.longName(), "--" + o.longName(), null, o.description(), null, null, true)));
            return;
        }
        if (option != null && CHOICES.containsKey(option.longName())) {
            // a command may offer only some of them: those its option's description names, when it names any
            List<String> named = CHOICES.get(option.longName()).stream()
                    .filter(v -> option.description() != null && option.description().matches("(?s).*\\b" + v + "\\b.*")).toList();
            (named.isEmpty() ? CHOICES.get(option.longName()) : named).forEach(v -> candidates.add(new Candidate(v)));
            return;
        }
        CompletionContext context = new CompletionContext(words, line.wordIndex(), line.wordCursor(), command, option);
        for (CompletionProposal proposal : command.getCompletionProvider().apply(context)) {
            candidates.add(new Candidate(proposal.value(), proposal.displayText(), proposal.category(), proposal.description(),
                    null, null, proposal.complete()));
        }
    }

    private static CommandOption optionBeingFilled(Command command, List<String> words, int index) {
        if (index == 0 || index > words.size()) {
            return null;
        }
        String previous = words.get(index - 1);
        return command.getOptions().stream().filter(o -> o.isOptionEqual(previous)).filter(o -> o.type() != boolean.class)
                .findFirst().orElse(null);
    }
}
