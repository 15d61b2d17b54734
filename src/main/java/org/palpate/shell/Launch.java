package org.palpate.shell;

import java.util.ArrayList;
import java.util.List;

/**
 * The process arguments, split into Spring settings given before the command ({@code --spring.x=y},
 * {@code --palpate.x=y}, {@code --curriculum DIR}) and the command words that follow them, kept whole
 * (so {@code learner add "Ana Maria"} keeps its space).
 */
public record Launch(List<String> springArgs, List<String> commandWords) {

    public static Launch parse(String[] args) {
        List<String> spring = new ArrayList<>();
        int i = 0;
        for (; i < args.length; i++) {
            String arg = args[i];
            if (arg.startsWith("--spring.") || arg.startsWith("--palpate.") || arg.startsWith("--logging.")) {
                spring.add(arg);
            } else if (arg.startsWith("--curriculum=")) {
                spring.add("--palpate.curriculum=" + arg.substring("--curriculum=".length()));
            } else if (arg.equals("--curriculum") && i + 1 < args.length) {
                spring.add("--palpate.curriculum=" + args[++i]);
            } else {
                break;
            }
        }
        List<String> words = new ArrayList<>(List.of(args).subList(i, args.length));
        if (!words.isEmpty() && (words.get(0).equals("--help") || words.get(0).equals("-h"))) {
            words.set(0, "help");
        } else if (!words.isEmpty() && words.get(0).equals("--version")) {
            words.set(0, "version");
        }
        return new Launch(List.copyOf(spring), List.copyOf(words));
    }

    public boolean oneShot() {
        return !commandWords.isEmpty();
    }

    public String[] springArguments() {
        return springArgs.toArray(String[]::new);
    }

    public static String rootMessage(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
    }
}
