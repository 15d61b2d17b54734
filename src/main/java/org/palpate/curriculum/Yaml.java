package org.palpate.curriculum;

import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/** Small questions about snakeyaml-engine nodes, phrased for messages. */
final class Yaml {

    private Yaml() {
    }

    /** An empty value ({@code key:} with nothing after it), {@code ~} or {@code null}. */
    static boolean isNull(Node node) {
        return node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.NULL);
    }

    static boolean isBool(Node node) {
        return node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.BOOL);
    }

    /** "a list", "a mapping", "`yes`" — what the author wrote, for "must be X, not Y" messages. */
    static String describe(Node node) {
        if (node instanceof SequenceNode) {
            return "a list";
        }
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        if (node instanceof ScalarNode scalar) {
            if (isNull(node)) {
                return "an empty value";
            }
            // "must be true or false, not `true`" would be baffling when the author wrote "true" in quotes
            return scalar.isPlain() ? "`" + shorten(scalar.getValue()) + "`"
                    : "the quoted text `" + shorten(scalar.getValue()) + "`";
        }
        return "a " + node.getNodeType().name().toLowerCase();
    }

    /** "; remove the quotes" when a number or true/false was written in quotes (and so became text). */
    static String quoteHint(Node node) {
        return node instanceof ScalarNode scalar && !scalar.isPlain() ? "; remove the quotes" : "";
    }

    static String shorten(String text) {
        String oneLine = text.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= 60 ? oneLine : oneLine.substring(0, 57) + "...";
    }
}
