package org.palpate.curriculum;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.schema.CoreSchema;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Adds entries to a list in a YAML file by editing its text, so the author's comments, layout and quoting stay
 * exactly as they were: the rest of the file is not touched. Positions come from snakeyaml-engine's marks.
 * Both list styles are handled: a flow list {@code [a, b]} gets {@code , c} after its last entry; a block list
 * gets new {@code - c} lines after the last line of its last entry, at the column of its dashes. Anything else
 * (no such key, not a list, a file that does not parse) is "cannot edit safely": the caller then reports what
 * to add by hand instead of guessing. Lines added end as the file's lines do ({@code \r\n} in a CRLF file).
 */
public final class YamlListEdit {

    private YamlListEdit() {
    }

    /**
     * {@code text} with {@code entries} added at the end of the list under the top-level {@code key}. Each entry is
     * one line of YAML that reads the same in a flow and in a block list (a plain id, a flow mapping).
     */
    public static Optional<String> append(String text, String key, List<String> entries) {
        Optional<SequenceNode> list = topLevelList(text, key);
        if (list.isEmpty() || entries.isEmpty()) {
            return list.isEmpty() ? Optional.empty() : Optional.of(text);
        }
        SequenceNode sequence = list.get();
        Lines lines = new Lines(text);
        String edited;
        if (sequence.getFlowStyle() == FlowStyle.FLOW) {
            if (sequence.getValue().isEmpty()) {
                int open = lines.offset(sequence.getStartMark().orElseThrow());
                edited = text.substring(0, open + 1) + String.join(", ", entries) + text.substring(open + 1);
            } else {
                Node last = sequence.getValue().get(sequence.getValue().size() - 1);
                int after = lines.offset(last.getEndMark().orElseThrow());
                edited = text.substring(0, after) + ", " + String.join(", ", entries) + text.substring(after);
            }
        } else {
            if (sequence.getValue().isEmpty()) {
                return Optional.empty(); // an empty block list cannot be written; only flow `[]` is empty
            }
            Mark dash = sequence.getStartMark().orElseThrow();
            String dashLine = lines.line(dash.getLine());
            int column = dash.getColumn();
            if (column > dashLine.length() || !dashLine.substring(0, column).isBlank()
                    || !dashLine.startsWith("-", column)) {
                return Optional.empty(); // e.g. a list nested on the key's line: not a layout we edit
            }
            int lastLine = lastContentLine(sequence, lines);
            StringBuilder added = new StringBuilder();
            for (String entry : entries) {
                added.append(" ".repeat(column)).append("- ").append(entry).append(lines.eol());
            }
            edited = lines.insertAfter(lastLine, added.toString());
        }
        // the edit must have added exactly our entries to that list and left the file readable
        Optional<SequenceNode> check = topLevelList(edited, key);
        if (check.isEmpty() || check.get().getValue().size() != sequence.getValue().size() + entries.size()) {
            return Optional.empty();
        }
        return Optional.of(edited);
    }

    /**
     * {@code text} with whole block-list items (their {@code -} at column 0, e.g. from the GIFT importer's QuestionYaml)
     * appended at the very end of the file, moved to the column of the list's dashes. For a file whose only key
     * holds that list (questions.yaml): the existing text stays byte for byte as it was, comments included.
     */
    public static Optional<String> appendAtEnd(String text, String key, String items, int count) {
        Optional<SequenceNode> list = topLevelList(text, key);
        if (list.isEmpty() || list.get().getFlowStyle() != FlowStyle.BLOCK || list.get().getValue().isEmpty()) {
            return Optional.empty();
        }
        int column = list.get().getStartMark().orElseThrow().getColumn();
        String eol = new Lines(text).eol();
        StringBuilder moved = new StringBuilder();
        for (String line : items.split("\n", -1)) {
            moved.append(line.isEmpty() ? "" : " ".repeat(column) + line).append('\n');
        }
        String added = moved.toString().replaceAll("\n+$", "\n").replace("\n", eol);
        String edited = text + (text.endsWith("\n") ? "" : eol) + added;
        Optional<SequenceNode> check = topLevelList(edited, key);
        if (check.isEmpty() || check.get().getValue().size() != list.get().getValue().size() + count) {
            return Optional.empty();
        }
        return Optional.of(edited);
    }

    /** The list under a top-level key, if the text parses and has one. */
    static Optional<SequenceNode> topLevelList(String text, String key) {
        Node root;
        try {
            // no size limit here: whether a file is too large is the loader's call, with its own message
            root = new Compose(LoadSettings.builder().setSchema(new CoreSchema()).setUseMarks(true)
                    .setCodePointLimit(Integer.MAX_VALUE).build())
                    .composeString(text).orElse(null);
        } catch (RuntimeException | StackOverflowError e) {
            return Optional.empty();
        }
        if (!(root instanceof MappingNode mapping)) {
            return Optional.empty();
        }
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                return tuple.getValueNode() instanceof SequenceNode s && s.getStartMark().isPresent()
                        ? Optional.of(s) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * The 0-based line on which the last entry's content ends. Block collections and block scalars end where the
     * next token starts (often the next key's line, column 0), so we descend to the last scalar or flow node and
     * step back over the blank and comment lines between it and the next content.
     */
    private static int lastContentLine(SequenceNode sequence, Lines lines) {
        Node last = sequence;
        while (true) {
            if (last instanceof SequenceNode s && s.getFlowStyle() == FlowStyle.BLOCK && !s.getValue().isEmpty()) {
                last = s.getValue().get(s.getValue().size() - 1);
            } else if (last instanceof MappingNode m && m.getFlowStyle() == FlowStyle.BLOCK
                    && !m.getValue().isEmpty()) {
                last = m.getValue().get(m.getValue().size() - 1).getValueNode();
            } else {
                break;
            }
        }
        int startLine = last.getStartMark().map(Mark::getLine).orElse(0);
        Mark end = last.getEndMark().orElseThrow();
        int line = end.getColumn() == 0 && end.getLine() > startLine ? end.getLine() - 1 : end.getLine();
        line = Math.min(line, lines.count() - 1);
        while (line > startLine && lines.isBlankOrComment(line)) {
            line--;
        }
        return line;
    }

    /** The text split into lines, with offsets, for edits by line and by mark. */
    private static final class Lines {
        private final String text;
        private final List<Integer> starts = new ArrayList<>();

        Lines(String text) {
            this.text = text;
            starts.add(0);
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    starts.add(i + 1);
                }
            }
        }

        /** The file's line ending: CRLF when its lines end so, else LF. */
        String eol() {
            return text.contains("\r\n") ? "\r\n" : "\n";
        }

        int count() {
            return starts.size();
        }

        String line(int index) {
            int end = index + 1 < starts.size() ? starts.get(index + 1) - 1 : text.length();
            return text.substring(starts.get(index), end);
        }

        boolean isBlankOrComment(int index) {
            String stripped = line(index).strip();
            return stripped.isEmpty() || stripped.startsWith("#");
        }

        /** The char offset of a mark; marks count columns in code points, Java strings in UTF-16 units. */
        int offset(Mark mark) {
            String line = line(mark.getLine());
            return starts.get(mark.getLine()) + line.offsetByCodePoints(0, Math.min(mark.getColumn(),
                    line.codePointCount(0, line.length())));
        }

        /** The text with {@code added} (whole lines) inserted after line {@code index}. */
        String insertAfter(int index, String added) {
            if (index + 1 < starts.size()) {
                int at = starts.get(index + 1);
                return text.substring(0, at) + added + text.substring(at);
            }
            return text + (text.endsWith("\n") || text.isEmpty() ? "" : eol()) + added;
        }
    }
}
