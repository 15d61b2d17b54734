package org.palpate.shell;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandArgument;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.stereotype.Component;

/** `help` and `help COMMAND`: commands grouped in a fixed order and sorted, with usage and options. */
@Component
class HelpCommand {

    private static final List<String> GROUP_ORDER = List.of("Study", "Progress", "Curriculum", "Accounts", "Built-In Commands");

    @org.springframework.shell.core.command.annotation.Command(name = "help", group = "Built-In Commands",
            help = "help [COMMAND]", description = "List the commands, or show how to use one")
    String help(CommandContext context) {
        String wanted = context.parsedInput().arguments().stream().map(CommandArgument::value).collect(Collectors.joining(" "));
        List<Command> commands = context.commandRegistry().getCommands().stream().filter(c -> !c.isHidden()).toList();
        if (!wanted.isBlank()) {
            return commands.stream().filter(c -> c.getName().equals(wanted.strip())).findFirst().map(HelpCommand::usage)
                    .orElseThrow(() -> new UsageException("no command '" + wanted.strip() + "'; type 'help' to list them"));
        }
        Map<Integer, List<Command>> byGroup = new TreeMap<>(commands.stream().collect(Collectors.groupingBy(c -> rank(c.getGroup()))));
        int width = commands.stream().mapToInt(c -> c.getName().length()).max().orElse(10) + 2;
        StringBuilder out = new StringBuilder("Palpate commands ('help COMMAND' shows its options; one-shot: ./palpate COMMAND ...)\n");
        byGroup.forEach((rank, group) -> {
            out.append('\n').append(group.get(0).getGroup().isEmpty() ? "Other" : group.get(0).getGroup()).append('\n');
            group.stream().sorted(Comparator.comparing(Command::getName)).distinct()
                    .forEach(c -> out.append("  ").append(String.format("%-" + width + "s", c.getName())).append(c.getDescription()).append('\n'));
        });
        return out.toString().stripTrailing();
    }

    @org.springframework.shell.core.command.annotation.Command(name = "version", group = "Built-In Commands",
            description = "Show Palpate's version")
    String version() {
        String version = HelpCommand.class.getPackage().getImplementationVersion();
        return "Palpate " + (version == null ? "(development build)" : version) + " — FSRS-6 scheduling";
    }

    private static String usage(Command command) {
        StringBuilder out = new StringBuilder(command.getName()).append(" — ").append(command.getDescription()).append('\n');
        String synopsis = command.getHelp() != null && !command.getHelp().isBlank() && !command.getHelp().contains("):")
                ? command.getHelp()
                : command.getName() + command.getOptions().stream().map(o -> " [--" + o.longName() + " ...]").collect(Collectors.joining());
        out.append("Usage: ").append(synopsis).append('\n');
        List<CommandOption> options = command.getOptions();
        if (!options.isEmpty()) {
            out.append("Options:\n");
            int width = options.stream().mapToInt(o -> o.longName().length()).max().orElse(0) + 4;
            options.forEach(o -> out.append("  ").append(String.format("%-" + width + "s", "--" + o.longName()))
                    .append(o.description() == null ? "" : o.description()).append(Boolean.TRUE.equals(o.required()) ? " (required)" : "")
                    .append('\n'));
        }
        return out.toString().stripTrailing();
    }

    private static int rank(String group) {
        int index = GROUP_ORDER.indexOf(group);
        return index < 0 ? GROUP_ORDER.size() : index;
    }
}
