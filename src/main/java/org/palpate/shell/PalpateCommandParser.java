package org.palpate.shell;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.palpate.curriculum.DidYouMean;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandArgument;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.CommandParser;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.ParsedInput;

/**
 * Parses a command from words (one-shot mode, where the operating system already split them) or from a typed line.
 * Unlike Spring Shell's default parser it keeps quoted words whole and rejects unknown commands and options,
 * so a typo is reported instead of silently ignored.
 */
public class PalpateCommandParser implements CommandParser {

    private final CommandRegistry registry;

    public PalpateCommandParser(CommandRegistry registry) {
        this.registry = registry;
    }

    @Override
    public ParsedInput parse(String line) {
        return parse(Tokenizer.split(line));
    }

    public ParsedInput parse(List<String> words) {
        if (words.isEmpty()) {
            throw new UsageException("no command given; type 'help' to list the commands");
        }
        int nameLength = commandNameLength(words);
        if (nameLength == 0) {
            if (words.size() == 1 && !registry.getCommandsByPrefix(words.get(0) + " ").isEmpty()) {
                // a command group such as "quiz": Spring Shell lists its sub-commands
                return ParsedInput.builder().commandName(words.get(0)).build();
            }
            throw new UsageException(unknownCommand(words));
        }
        Command command = registry.getCommandByName(String.join(" ", words.subList(0, nameLength)));
        List<String> rest = words.subList(nameLength, words.size());
        List<String> beforeSeparator = rest.contains("--") ? rest.subList(0, rest.indexOf("--")) : rest;
        if (beforeSeparator.contains("--help") || beforeSeparator.contains("-h")) {
            ParsedInput.Builder help = ParsedInput.builder().commandName("help");
            for (int i = 0; i < nameLength; i++) {
                help.addArgument(new CommandArgument(i, words.get(i)));
            }
            return help.build();
        }
        ParsedInput.Builder input = ParsedInput.builder().commandName(words.get(0));
        words.subList(1, nameLength).forEach(input::addSubCommand);
        parseOptionsAndArguments(command, rest, input);
        return input.build();
    }

    private int commandNameLength(List<String> words) {
        for (int n = words.size(); n >= 1; n--) {
            if (registry.getCommandByName(String.join(" ", words.subList(0, n))) != null) {
                return n;
            }
        }
        return 0;
    }

    private void parseOptionsAndArguments(Command command, List<String> words, ParsedInput.Builder input) {
        int argumentIndex = 0;
        boolean onlyArguments = false;
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (onlyArguments || !isOption(word)) {
                input.addArgument(new CommandArgument(argumentIndex++, word));
                continue;
            }
            if (word.equals("--")) {
                onlyArguments = true;
                continue;
            }
            int equals = word.indexOf('=');
            String name = equals > 0 ? word.substring(0, equals) : word;
            CommandOption declared = declaredOption(command, name);
            String value;
            if (equals > 0) {
                value = word.substring(equals + 1);
            } else if (isBoolean(declared) && (i + 1 >= words.size() || !isBooleanValue(words.get(i + 1)))) {
                value = "true";
            } else if (i + 1 < words.size() && !isOption(words.get(i + 1))) {
                value = words.get(++i);
            } else {
                throw new UsageException("option " + name + " needs a value (see 'help " + command.getName() + "')");
            }
            input.addOption(CommandOption.with().shortName(declared.shortName()).longName(declared.longName())
                    .type(declared.type()).value(value).build());
        }
    }

    private static boolean isOption(String word) {
        return word.startsWith("-") && word.length() > 1 && !Character.isDigit(word.charAt(1));
    }

    private static boolean isBoolean(CommandOption option) {
        return option.type() == boolean.class || option.type() == Boolean.class;
    }

    private static boolean isBooleanValue(String word) {
        return word.equalsIgnoreCase("true") || word.equalsIgnoreCase("false");
    }

    private CommandOption declaredOption(Command command, String name) {
        Optional<CommandOption> match = command.getOptions().stream().filter(o -> o.isOptionEqual(name)).findFirst();
        if (match.isPresent()) {
            return match.get();
        }
        List<String> known = command.getOptions().stream().map(o -> "--" + o.longName()).toList();
        String hint = DidYouMean.suggest(name, known).map(s -> "; did you mean " + s + "?").orElse("");
        String list = known.isEmpty() ? "it takes no options" : "its options are " + String.join(", ", known);
        throw new UsageException("unknown option " + name + " for '" + command.getName() + "'" + hint + " (" + list + ")");
    }

    private String unknownCommand(List<String> words) {
        String typed = words.stream().takeWhile(w -> !isOption(w)).limit(2).reduce((a, b) -> a + " " + b).orElse(words.get(0));
        List<String> names = registry.getCommands().stream().filter(c -> !c.isHidden()).map(Command::getName)
                .sorted(Comparator.naturalOrder()).toList();
        String hint = DidYouMean.suggest(typed, names).or(() -> DidYouMean.suggest(words.get(0), names))
                .map(s -> "; did you mean '" + s + "'?").orElse("");
        return "unknown command '" + typed + "'" + hint + " (type 'help' to list the commands)";
    }
}
