package org.palpate.curriculum;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.schema.CoreSchema;

import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Parses YAML into snakeyaml-engine's node tree (the composer stage: every node keeps its start mark, which the
 * Jackson streaming API would make us rebuild by hand). We stop before construction on purpose: the constructor
 * would reject the first duplicate key with an exception, while we want to report every duplicate, and we want
 * positions for every value. Uses the YAML 1.2 core schema, so {@code no}/{@code yes} stay text.
 */
final class YamlReader {

    static final String TOO_DEEP = "the YAML is nested too deeply to read; curriculum files need only a few levels "
            + "(check for unclosed `[` or `{`)";

    private YamlReader() {
    }

    /**
     * The parsed document, or empty after a syntax error has been reported.
     *
     * @param lineOffset lines before {@code text} in the file (front matter starts after the {@code ---} line)
     */
    static Optional<YamlDocument> read(SourceFile source, String text, int lineOffset, Problems problems) {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(source.path())
                .setSchema(new CoreSchema())
                .setUseMarks(true)
                .setAllowNonScalarKeys(true) // so checkKeys can say where, instead of a position-less exception
                .build();
        YamlDocument empty = new YamlDocument(source.path(), lineOffset, problems, null);
        Node root;
        try {
            root = new Compose(settings).composeString(text).orElse(null);
        } catch (MarkedYamlEngineException e) {
            Position at = e.getProblemMark().or(e::getContextMark).map(empty::at).orElse(Position.START);
            problems.error(source.path(), at, YamlSyntaxMessages.describe(e, text, at.line() - lineOffset));
            return Optional.empty();
        } catch (ReaderException e) {
            // a control character such as NUL: position is a code point index into the text
            problems.error(source.path(), positionOfCodePoint(text, e.getPosition(), lineOffset),
                    String.format("the character U+%04X is not allowed in YAML; remove it", e.getCodePoint()));
            return Optional.empty();
        } catch (YamlEngineException | IllegalStateException e) {
            // e.g. too many aliases ("billion laughs") or a document over the size limit
            problems.error(source.path(), new Position(lineOffset + 1, 1),
                    "YAML error: " + e.getMessage() + "; check the file's syntax");
            return Optional.empty();
        } catch (StackOverflowError e) {
            // the parser recurses per nesting level and has no depth limit: "[[[[..." must not kill the app
            problems.error(source.path(), new Position(lineOffset + 1, 1), TOO_DEEP);
            return Optional.empty();
        }
        YamlDocument document = new YamlDocument(source.path(), lineOffset, problems, root);
        if (root != null) {
            try {
                checkKeys(document, root, Collections.newSetFromMap(new IdentityHashMap<>()));
            } catch (StackOverflowError e) {
                problems.error(source.path(), new Position(lineOffset + 1, 1), TOO_DEEP);
                return Optional.empty();
            }
        }
        return Optional.of(document);
    }

    /**
     * Reports duplicate and non-text keys in every mapping of the document, including parts no reader looks at.
     * {@code seen} guards against aliases that make the tree recursive.
     */
    private static void checkKeys(YamlDocument document, Node node, Set<Node> seen) {
        if (node instanceof ScalarNode || !seen.add(node)) {
            return; // a scalar holds no keys, and only a mapping or a list can be reached twice through an alias
        }
        if (node instanceof MappingNode mapping) {
            Map<String, Node> firstByKey = new HashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                Node key = tuple.getKeyNode();
                if (key instanceof ScalarNode scalar) {
                    Node first = firstByKey.putIfAbsent(scalar.getValue(), key);
                    if (first != null) {
                        document.error(key, "duplicate key `" + scalar.getValue() + "` (first at line "
                                + document.at(first).line() + "); remove one of them");
                    }
                } else {
                    document.error(key, "a key must be plain text, not " + Yaml.describe(key));
                }
                checkKeys(document, tuple.getValueNode(), seen);
            }
        } else if (node instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                checkKeys(document, item, seen);
            }
        }
    }

    private static Position positionOfCodePoint(String text, int codePointIndex, int lineOffset) {
        int line = 1;
        int column = 1;
        int index = 0;
        for (int i = 0; i < text.length() && index < codePointIndex; index++) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new Position(line + lineOffset, column);
    }
}
