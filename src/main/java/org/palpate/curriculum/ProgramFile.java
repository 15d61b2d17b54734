package org.palpate.curriculum;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Adds a module to the {@code modules:} list of program.yaml by editing the text, so that the instructor's comments
 * and layout stay as they were. Handles a flow list ({@code modules: [a, b]}) and a block list ({@code - a}).
 */
public final class ProgramFile {

    private static final Pattern FLOW = Pattern.compile("^(modules:\\s*\\[)([^\\]]*)(\\].*)$");

    private ProgramFile() {
    }

    /** The program.yaml text with {@code moduleId} appended to {@code modules}; fails when the list cannot be found. */
    public static String withModule(String program, String moduleId) {
        List<String> lines = new ArrayList<>(program.lines().toList());
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher flow = FLOW.matcher(line);
            if (flow.matches()) {
                String items = flow.group(2).strip();
                lines.set(i, flow.group(1) + (items.isEmpty() ? moduleId : items + ", " + moduleId) + flow.group(3));
                return join(lines);
            }
            if (line.matches("modules:\\s*(#.*)?")) {
                int last = i;
                String indent = "  ";
                for (int j = i + 1; j < lines.size() && (lines.get(j).isBlank() || lines.get(j).matches("\\s+.*|-.*")); j++) {
                    if (lines.get(j).strip().startsWith("- ")) {
                        last = j;
                        indent = lines.get(j).substring(0, lines.get(j).indexOf('-'));
                    }
                }
                lines.add(last + 1, indent + "- " + moduleId);
                return join(lines);
            }
        }
        throw new IllegalArgumentException("program.yaml has no `modules:` list to add `" + moduleId + "` to");
    }

    private static String join(List<String> lines) {
        return String.join("\n", lines) + "\n";
    }
}
