package org.palpate.curriculum;

import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;

import java.util.Optional;

/**
 * One parsed YAML text with what is needed to report against it: the file's display path, the line offset of
 * the YAML inside the file (a lesson's front matter starts on line 2) and the shared problem collector.
 */
final class YamlDocument {

    private final String file;
    private final int lineOffset;
    private final Problems problems;
    private final Node root;

    YamlDocument(String file, int lineOffset, Problems problems, Node root) {
        this.file = file;
        this.lineOffset = lineOffset;
        this.problems = problems;
        this.root = root;
    }

    String file() {
        return file;
    }

    /** The top-level node; null for an empty document. */
    Node root() {
        return root;
    }

    /**
     * The top level as a mapping, or empty after reporting why not. {@code expected} completes the hint, e.g.
     * "a `questions:` list".
     */
    Optional<YamlMap> rootMap(String label, String expected) {
        if (root == null || Yaml.isNull(root)) {
            problems.error(file, lineOffset == 0 ? Position.START : new Position(lineOffset, 1),
                    "the file is empty; it must contain " + expected);
            return Optional.empty();
        }
        if (!(root instanceof MappingNode mapping)) {
            error(root, "the top level must be a mapping (`key: value` lines) with " + expected + ", not "
                    + Yaml.describe(root));
            return Optional.empty();
        }
        return Optional.of(new YamlMap(this, mapping, label));
    }

    Position at(Node node) {
        return node.getStartMark().map(this::at).orElse(Position.START);
    }

    Position at(Mark mark) {
        return new Position(mark.getLine() + 1 + lineOffset, mark.getColumn() + 1);
    }

    <T> Located<T> locate(T value, Node node) {
        return new Located<>(value, file, at(node));
    }

    void error(Node node, String message) {
        problems.error(file, at(node), message);
    }

    void warning(Node node, String message) {
        problems.warning(file, at(node), message);
    }

    void warning(Position at, String message) {
        problems.warning(file, at, message);
    }

    void error(Position at, String message) {
        problems.error(file, at, message);
    }
}
