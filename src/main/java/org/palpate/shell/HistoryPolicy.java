package org.palpate.shell;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which lines typed at the {@code palpate>} prompt go into the history file: not a line that may be a password.
 * Such a line follows a failed password step (the password typed again at the prompt, or the next line typed
 * while a prompt was expected), or gives a password as an argument (a word after the name of {@code login},
 * {@code learner add} or {@code learner passwd}, or an option named like a password).
 */
final class HistoryPolicy {

    /** Commands that read a password, and how many words (the command's own included) they take before options. */
    private static final Map<String, Integer> PASSWORD_COMMANDS = Map.of("login", 2, "learner add", 3, "learner passwd", 3);

    private boolean afterFailedPassword;

    /** Decides for a line that was just run, then forgets the failure it followed. */
    boolean keep(String line, boolean knownCommand) {
        boolean keep = knownCommand && !afterFailedPassword && !givesAPassword(line);
        afterFailedPassword = false;
        return keep;
    }

    /** Called after each command: a password was read and the command failed (a wrong or refused password). */
    void commandEnded(boolean readPassword, boolean failed) {
        afterFailedPassword = readPassword && failed;
    }

    static boolean givesAPassword(String line) {
        List<String> words;
        try {
            words = Tokenizer.split(line);
        } catch (RuntimeException unbalancedQuotes) {
            return true;
        }
        if (words.stream().anyMatch(w -> w.toLowerCase(Locale.ROOT).matches("--?(pass|pw|pwd|secret).*"))) {
            return true;
        }
        for (Map.Entry<String, Integer> command : PASSWORD_COMMANDS.entrySet()) {
            List<String> name = List.of(command.getKey().split(" "));
            if (words.size() > name.size() && words.subList(0, name.size()).equals(name)) {
                return bareWordAfter(words, command.getValue());
            }
        }
        return false;
    }

    /** Options (--role student, --yes) are not passwords; a bare word where none is expected may be one. */
    private static boolean bareWordAfter(List<String> words, int from) {
        for (int i = from; i < words.size(); i++) {
            if (words.get(i).equals("--role")) {
                i++;
            } else if (!words.get(i).startsWith("--")) {
                return true;
            }
        }
        return false;
    }
}
