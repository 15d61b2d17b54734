package org.palpate.shell;

import java.io.BufferedReader;
import java.io.Console;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jline.reader.EndOfFileException;
import org.palpate.curriculum.CurriculumService;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.LineReaderImpl;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.core.env.Environment;
import org.springframework.shell.core.InputReader;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.CommandExecutor;
import org.springframework.shell.core.command.CommandNotFoundException;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.ExitStatus;
import org.springframework.shell.core.command.ParsedInput;
import org.springframework.shell.jline.JLineInputProvider;
import org.springframework.stereotype.Component;

/**
 * Replaces Spring Shell's runner (same bean name), because in 4.0.1 one-shot mode exits 0 on errors, prints stack
 * traces, ignores unknown options and joins arguments with spaces. One-shot: run the command words and exit with
 * 0, 1 (user error, message on standard error) or 2 (wrong usage). Interactive: a JLine loop with history and
 * completion that never shows a stack trace.
 */
@Component("springShellApplicationRunner")
public class PalpateShellRunner implements ApplicationRunner, ExitCodeGenerator {

    private final ObjectProvider<Launch> launch;
    private final Environment environment;
    private final PalpateCommandParser parser;
    private final CommandRegistry registry;
    private final ObjectProvider<JLineInputProvider> jline;
    private final ObjectProvider<Greeting> greeting;
    private final CurriculumService curricula;
    private int exitCode;

    PalpateShellRunner(ObjectProvider<Launch> launch, Environment environment, PalpateCommandParser parser,
            CommandRegistry registry, ObjectProvider<JLineInputProvider> jline, ObjectProvider<Greeting> greeting,
            CurriculumService curricula) {
        this.curricula = curricula;
        this.launch = launch;
        this.environment = environment;
        this.parser = parser;
        this.registry = registry;
        this.jline = jline;
        this.greeting = greeting;
    }

    @Override
    public void run(ApplicationArguments args) {
        Launch launched = launch.getIfAvailable();
        if (launched != null && launched.oneShot()) {
            exitCode = runOneShot(launched.commandWords());
        } else if (environment.getProperty("spring.shell.interactive.enabled", Boolean.class, true)) {
            runInteractive(jline.getObject());
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }

    int runOneShot(List<String> words) {
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        ConsoleWriter out = new ConsoleWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), err);
        try {
            return execute(parser.parse(words), out, new StandardInputReader());
        } catch (UsageException e) {
            err.println("palpate: " + e.getMessage());
            return 2;
        } finally {
            out.flush();
        }
    }

    private void runInteractive(JLineInputProvider input) {
        LineReader lineReader = input.getLineReader();
        PrintWriter terminal = lineReader.getTerminal().writer();
        ConsoleWriter out = new ConsoleWriter(terminal, terminal);
        greeting.ifAvailable(g -> g.print(out, new TerminalInputReader(lineReader)));
        HistoryPolicy history = new HistoryPolicy();
        while (true) {
            String line;
            try {
                // lines go into the history only once run, and only when HistoryPolicy keeps them
                lineReader.setVariable(LineReader.DISABLE_HISTORY, true);
                line = input.readInput();
            } catch (UserInterruptException e) {
                continue; // Ctrl-C clears the line, as in any shell
            } catch (EndOfFileException e) {
                break;
            }
            if (line == null) {
                break;
            }
            line = line.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.equals("quit") || line.equals("exit")) {
                break;
            }
            TerminalInputReader reader = new TerminalInputReader(lineReader);
            int status;
            try {
                status = execute(parser.parse(line), out, reader);
            } catch (UsageException e) {
                out.println("Error: " + e.getMessage());
                status = 2;
            }
            lineReader.setVariable(LineReader.DISABLE_HISTORY, false);
            if (history.keep(line, !(status == 2 && unknownCommand(line)))) {
                lineReader.getHistory().add(line);
            }
            history.commandEnded(reader.readPassword, status != 0);
            out.flush();
        }
    }

    private int execute(ParsedInput input, ConsoleWriter out, InputReader reader) {
        try {
            ExitStatus status = new CommandExecutor(registry).execute(new CommandContext(input, registry, out, reader));
            out.flush();
            return switch (status.code()) {
                case 0 -> 0;
                case 2, -2 -> 2;
                default -> 1;
            };
        } catch (CommandNotFoundException e) {
            out.err().println("Error: unknown command '" + e.getCommandName() + "' (type 'help' to list the commands)");
            return 2;
        } catch (RuntimeException e) {
            out.err().println("Error: " + Launch.rootMessage(e));
            return 1;
        } finally {
            curricula.takeNotices().forEach(out.err()::println);
            out.err().flush();
        }
    }

    /** One-shot mode: passwords without echo when there is a terminal, otherwise lines from standard input. */
    static final class StandardInputReader implements InputReader {

        private static BufferedReader stdin;

        @Override
        public String readInput(String prompt) throws Exception {
            Console console = terminal();
            if (console != null) {
                return console.readLine("%s", prompt);
            }
            System.err.print(prompt); // standard output stays clean for whoever reads it
            System.err.flush();
            return stdin().readLine();
        }

        @Override
        public char[] readPassword(String prompt) throws Exception {
            Console console = terminal();
            if (console != null) {
                return console.readPassword("%s", prompt);
            }
            String line = stdin().readLine();
            return line == null ? null : line.toCharArray();
        }

        /** The console only when it is a real terminal (from Java 22 on, System.console() exists even without one). */
        private static Console terminal() {
            Console console = System.console();
            if (console == null) {
                return null;
            }
            try {
                return (Boolean) Console.class.getMethod("isTerminal").invoke(console) ? console : null;
            } catch (ReflectiveOperationException olderJava) {
                return console;
            }
        }

        private static synchronized BufferedReader stdin() {
            if (stdin == null) {
                // strict: invalid UTF-8 is refused, not turned into U+FFFD (two different passwords would then match)
                stdin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
            }
            return stdin;
        }
    }

    private boolean unknownCommand(String line) {
        try {
            parser.parse(line);
            return false;
        } catch (RuntimeException e) {
            return true;
        }
    }

    /** Interactive mode: JLine owns the terminal; a password is typed with nothing echoed. */
    static final class TerminalInputReader implements InputReader {

        private final LineReader lineReader;
        private boolean readPassword;

        TerminalInputReader(LineReader lineReader) {
            this.lineReader = lineReader;
        }

        /** Answers typed during a study session are not commands: they stay out of the shell history. */
        @Override
        public String readInput(String prompt) {
            lineReader.setVariable(LineReader.DISABLE_HISTORY, true);
            try {
                return lineReader.readLine(prompt);
            } catch (UserInterruptException | EndOfFileException e) {
                return null;
            } finally {
                lineReader.setVariable(LineReader.DISABLE_HISTORY, false);
            }
        }

        @Override
        public char[] readPassword(String prompt) {
            readPassword = true;
            try {
                return lineReader.readLine(prompt, LineReaderImpl.NULL_MASK).toCharArray();
            } catch (UserInterruptException | EndOfFileException e) {
                return null;
            }
        }
    }
}
