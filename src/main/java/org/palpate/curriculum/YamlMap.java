package org.palpate.curriculum;

import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A typed, position-aware view of one YAML mapping. Every accessor reports what is wrong (missing, empty,
 * wrong type) at the offending key or value and returns null / an empty list instead of throwing, so reading
 * goes on and all problems surface in one run. Duplicate keys were reported by {@link YamlReader}; here the
 * first occurrence wins.
 */
final class YamlMap {

    private final YamlDocument doc;
    private final MappingNode node;
    private final String label;
    private final Map<String, NodeTuple> entries;

    YamlMap(YamlDocument doc, MappingNode node, String label) {
        this(doc, node, label, entriesOf(node));
    }

    private YamlMap(YamlDocument doc, MappingNode node, String label, Map<String, NodeTuple> entries) {
        this.doc = doc;
        this.node = node;
        this.label = label;
        this.entries = entries;
    }

    private static Map<String, NodeTuple> entriesOf(MappingNode node) {
        Map<String, NodeTuple> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : node.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key) {
                entries.putIfAbsent(key.getValue(), tuple);
            }
        }
        return Collections.unmodifiableMap(entries);
    }

    /**
     * The same mapping under a more specific name (e.g. "question `q1`" once the id is known). Shares the key
     * index: it is read-only, and there is no need to rebuild it for every question.
     */
    YamlMap withLabel(String newLabel) {
        return new YamlMap(doc, node, newLabel, entries);
    }

    YamlDocument document() {
        return doc;
    }

    Position at() {
        return doc.at(node);
    }

    boolean has(String key) {
        return entries.containsKey(key);
    }

    /** The value node of {@code key}, or null if the key is absent. */
    Node value(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? null : tuple.getValueNode();
    }

    /** The key node of {@code key} (for messages about the key itself), or null if absent. */
    Node keyNode(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? null : tuple.getKeyNode();
    }

    /** Key text to tuple, first occurrences in file order. */
    Map<String, NodeTuple> entries() {
        return entries;
    }

    // ---- keys -------------------------------------------------------------------------------------------

    void rejectUnknownKeys(Collection<String> allowed) {
        rejectUnknownKeys(allowed, allowed, key -> null);
    }

    /**
     * Reports every key outside {@code allowed}. {@code explain} may give a specific message for a key that is
     * known elsewhere (e.g. {@code choices} on a true-false question); otherwise we suggest the nearest of
     * {@code suggestions} or list what is allowed.
     */
    void rejectUnknownKeys(Collection<String> allowed, Collection<String> suggestions,
                           Function<String, String> explain) {
        for (Map.Entry<String, NodeTuple> entry : entries.entrySet()) {
            String key = entry.getKey();
            if (allowed.contains(key)) {
                continue;
            }
            String special = explain.apply(key);
            String message = special != null ? special : "unknown key `" + key + "`" + DidYouMean.suggest(key, suggestions)
                    .map(s -> "; did you mean `" + s + "`?")
                    .orElse("; allowed keys here: " + String.join(", ", allowed));
            doc.error(entry.getValue().getKeyNode(), message);
        }
    }

    void reportMissing(String key, String why) {
        doc.error(at(), label + " is missing required key `" + key + "`" + why + "; add `" + key + ": ...`");
    }

    // ---- scalars ----------------------------------------------------------------------------------------

    String requiredText(String key) {
        Node value = value(key);
        if (value == null) {
            reportMissing(key, "");
            return null;
        }
        return text(value, "`" + key + "`", "write the text");
    }

    /** Absent is fine; present but empty is an error (an empty value is almost always an unfinished edit). */
    String optionalText(String key) {
        Node value = value(key);
        return value == null ? null : text(value, "`" + key + "`", "write it or remove the key");
    }

    /**
     * Any scalar counts as text (so {@code answers: [42]} works); the raw spelling is kept, trimmed. Null when
     * empty or not a scalar, after reporting it.
     */
    String text(Node value, String what, String fix) {
        if (!(value instanceof ScalarNode scalar)) {
            doc.error(value, what + " must be text, not " + Yaml.describe(value));
            return null;
        }
        if (Yaml.isNull(value) || scalar.getValue().isBlank()) {
            doc.error(value, what + " is empty; " + fix);
            return null;
        }
        int control = ControlCharacters.first(scalar.getValue());
        if (control >= 0) {
            // a YAML escape such as "\e" puts one in without it being in the file: it would reach students' terminals
            doc.error(value, what + " contains the control character " + ControlCharacters.name(control)
                    + "; remove it (terminals would run it as a command)");
            return null;
        }
        return scalar.getValue().strip();
    }

    Boolean bool(String key) {
        Node value = value(key);
        if (value == null) {
            return null;
        }
        if (!Yaml.isBool(value)) {
            doc.error(value, "`" + key + "` must be `true` or `false`, not " + Yaml.describe(value)
                    + Yaml.quoteHint(value));
            return null;
        }
        return Boolean.parseBoolean(((ScalarNode) value).getValue().toLowerCase());
    }

    Integer integer(String key, int min, int max) {
        Node value = value(key);
        if (value == null) {
            return null;
        }
        Integer number = null;
        if (value instanceof ScalarNode scalar && scalar.getTag().equals(Tag.INT)) {
            try {
                number = Integer.parseInt(scalar.getValue());
            } catch (NumberFormatException e) {
                number = null; // 0x.. or 0o.. spellings, or too large: reported below
            }
        }
        if (number == null || number < min || number > max) {
            doc.error(value, "`" + key + "` must be a whole number from " + min + " to " + max + ", not "
                    + Yaml.describe(value) + Yaml.quoteHint(value));
            return null;
        }
        return number;
    }

    /** A number written as a YAML number (not in quotes); null when absent, or after reporting what is wrong. */
    java.math.BigDecimal number(String key) {
        Node value = value(key);
        if (value == null) {
            return null;
        }
        if (value instanceof ScalarNode scalar && (scalar.getTag().equals(Tag.INT) || scalar.getTag().equals(Tag.FLOAT))) {
            try {
                return new java.math.BigDecimal(scalar.getValue().replace("_", ""));
            } catch (NumberFormatException e) {
                // .inf, .nan, 0x.. spellings: reported below
            }
        }
        doc.error(value, "`" + key + "` must be a number such as 60 or 2.5, not " + Yaml.describe(value) + Yaml.quoteHint(value));
        return null;
    }

    // ---- collections ------------------------------------------------------------------------------------

    /**
     * A list of texts with their positions; invalid items are reported and skipped. An absent or empty value
     * gives an empty list (an error only when {@code required}).
     */
    List<Located<String>> textList(String key, boolean required) {
        Optional<SequenceNode> sequence = sequence(key, required, "`" + key + ": [first, second]`");
        List<Located<String>> items = new ArrayList<>();
        if (sequence.isEmpty()) {
            return items;
        }
        List<Node> nodes = sequence.get().getValue();
        for (int i = 0; i < nodes.size(); i++) {
            String text = text(nodes.get(i), "item " + (i + 1) + " of `" + key + "`", "write it or remove the item");
            if (text != null) {
                items.add(doc.locate(text, nodes.get(i)));
            }
        }
        return items;
    }

    /** A list of mappings, each labelled "{@code itemName} N"; items that are not mappings are reported. */
    List<YamlMap> mapList(String key, boolean required, String itemName, String example) {
        Optional<SequenceNode> sequence = sequence(key, required, "one `- " + example + "` per line");
        List<YamlMap> items = new ArrayList<>();
        if (sequence.isEmpty()) {
            return items;
        }
        List<Node> nodes = sequence.get().getValue();
        for (int i = 0; i < nodes.size(); i++) {
            Node item = nodes.get(i);
            if (item instanceof MappingNode mapping) {
                items.add(new YamlMap(doc, mapping, itemName + " " + (i + 1)));
            } else {
                doc.error(item, "each item of `" + key + "` must be a mapping such as `" + example + "`, not "
                        + Yaml.describe(item));
            }
        }
        return items;
    }

    /** The value of {@code key} as a list; an absent or empty ({@code key:}) value is empty, not an error. */
    Optional<SequenceNode> sequence(String key, boolean required, String example) {
        Node value = value(key);
        if (value == null) {
            if (required) {
                reportMissing(key, "");
            }
            return Optional.empty();
        }
        if (Yaml.isNull(value)) {
            if (required) {
                doc.error(value, "`" + key + "` is empty; add at least one item");
            }
            return Optional.empty();
        }
        if (value instanceof SequenceNode sequence) {
            return Optional.of(sequence);
        }
        String fix = value instanceof ScalarNode scalar
                ? "; write `" + key + ": [" + Yaml.shorten(scalar.getValue()) + "]` or one `- item` per line"
                : "; write " + example;
        doc.error(value, "`" + key + "` must be a list, not " + Yaml.describe(value) + fix);
        return Optional.empty();
    }

    /** The value of {@code key} as a mapping; absent or empty gives empty (an error only when required). */
    Optional<YamlMap> map(String key, boolean required, String example) {
        Node value = value(key);
        if (value == null) {
            if (required) {
                reportMissing(key, "");
            }
            return Optional.empty();
        }
        if (Yaml.isNull(value)) {
            if (required) {
                doc.error(value, "`" + key + "` is empty; write " + example);
            }
            return Optional.empty();
        }
        if (value instanceof MappingNode mapping) {
            return Optional.of(new YamlMap(doc, mapping, "`" + key + "`"));
        }
        doc.error(value, "`" + key + "` must be a mapping, not " + Yaml.describe(value) + "; write " + example);
        return Optional.empty();
    }
}
