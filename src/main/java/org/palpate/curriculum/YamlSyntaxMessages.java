package org.palpate.curriculum;

import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;

/**
 * Turns snakeyaml-engine's parser wording into a message that says what to change. The parser's own phrase is
 * kept (authors can search for it), followed by a hint for the common slips.
 */
final class YamlSyntaxMessages {

    static final String TABS = "tabs are not allowed for indentation; use spaces";

    private YamlSyntaxMessages() {
    }

    /** @param line 1-based line of the problem within {@code text} */
    static String describe(MarkedYamlEngineException e, String text, int line) {
        String problem = e.getProblem() == null ? "" : e.getProblem();
        if (problem.contains("(TAB)") || problem.contains("\\t")) {
            return leadingWhitespaceHasTab(text, line) ? TABS : "a tab is not allowed here; use spaces";
        }
        StringBuilder message = new StringBuilder("YAML syntax error: ").append(problem.strip());
        if (e.getContext() != null && !e.getContext().isBlank()) {
            message.append(" (").append(e.getContext().strip());
            e.getContextMark().ifPresent(m -> message.append(" started at line ").append(m.getLine() + 1));
            message.append(')');
        }
        return message.append("; ").append(hint(problem)).toString();
    }

    private static String hint(String problem) {
        if (problem.contains("mapping values are not allowed")) {
            return "put text that contains `: ` in quotes";
        }
        if (problem.contains("could not find expected ':'")) {
            return "add `: ` after the key, or put the text in quotes";
        }
        if (problem.contains("end of stream") || problem.contains("unexpected end")) {
            return "close the quote or bracket that is still open";
        }
        if (problem.contains("expected ',' or ']'")) {
            return "separate list items with `,` and close the list with `]`";
        }
        if (problem.contains("expected ',' or '}'")) {
            return "separate entries with `,` and close the mapping with `}`";
        }
        if (problem.contains("undefined alias")) {
            return "`*` starts an alias; put text that begins with `*` in quotes";
        }
        if (problem.contains("cannot start any token")) {
            return "put text that starts with this character in quotes";
        }
        return "check the indentation and quoting of this line";
    }

    private static boolean leadingWhitespaceHasTab(String text, int line) {
        String[] lines = text.split("\n", -1);
        if (line < 1 || line > lines.length) {
            return true;
        }
        String content = lines[line - 1];
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (c == '\t') {
                return true;
            }
            if (c != ' ') {
                return false;
            }
        }
        return false;
    }
}
