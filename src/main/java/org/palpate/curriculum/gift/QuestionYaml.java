package org.palpate.curriculum.gift;

import org.palpate.curriculum.Question;
import org.palpate.curriculum.Topic;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.StreamDataWriter;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes curriculum YAML with snakeyaml-engine's emitter, so any text (colons, quotes, {@code #}, leading dashes,
 * "yes", "1.0", emoji) comes back exactly as it went in: the emitter quotes whatever the loader's YAML 1.2 core
 * schema would otherwise read as something else. We build the node tree ourselves to choose readable styles:
 * long texts folded ({@code >-}) like the bundled course, texts with line breaks literal ({@code |-}); the
 * emitter falls back to quotes when such a style could not carry the text exactly.
 */
final class QuestionYaml {

    static final String QUESTIONS_MODELINE = "# yaml-language-server: $schema=../../schemas/questions.schema.json\n";
    static final String MODULE_MODELINE = "# yaml-language-server: $schema=../../schemas/module.schema.json\n";
    private static final int WIDTH = 100;
    /** Columns of keys in the usual layout: question fields, then fields and items of choices, pairs, answers. */
    private static final int QUESTION_FIELD = 4;
    private static final int ITEM_FIELD = 8;
    private static final int ITEM = 6;

    private QuestionYaml() {
    }

    /** A whole new questions.yaml. */
    static String questionsFile(List<Question> questions) {
        return QUESTIONS_MODELINE + "questions:\n" + items(questions, 2);
    }

    /**
     * The questions as block list items whose {@code -} is at column {@code indent}, one line break at the end,
     * ready to be appended under an existing {@code questions:} key.
     */
    static String items(List<Question> questions, int indent) {
        List<Node> entries = questions.stream().map(QuestionYaml::question).toList();
        String dumped = dump(map(List.of(tuple("questions", blockList(entries)))), FlowStyle.BLOCK);
        // the emitter indents the items by 2 under "questions:"; move them to the column the file uses
        StringBuilder out = new StringBuilder();
        for (String line : dumped.substring(dumped.indexOf('\n') + 1).split("\n", -1)) {
            if (!line.isEmpty()) {
                out.append(indent >= 2 ? " ".repeat(indent - 2) + line : line.substring(2 - indent)).append('\n');
            } else {
                out.append('\n');
            }
        }
        return out.toString().replaceAll("\n+$", "\n");
    }

    /** A new module.yaml: the schema modeline, id, title, summary, topics and no prerequisites. */
    static String moduleFile(String id, String title, String summary, List<Topic> topics) {
        Node header = map(List.of(
                tuple("id", text("id", id, 0)),
                tuple("title", text("title", title, 0)),
                tuple("summary", text("summary", summary, 0))));
        StringBuilder out = new StringBuilder(MODULE_MODELINE).append(dump(header, FlowStyle.BLOCK));
        out.append("topics:\n");
        topics.forEach(t -> out.append("  - ").append(topicFlow(t)).append('\n'));
        return out.append("prerequisites: []\n").toString();
    }

    /** A topic as a one-line flow mapping, {@code { id: x, title: Y }}, the style of the bundled module.yaml. */
    static String topicFlow(Topic topic) {
        String flow = dump(topic(topic), FlowStyle.FLOW).strip();
        // the emitter writes "{id: x, title: Y}"; the outer braces are always its first and last characters
        return "{ " + flow.substring(1, flow.length() - 1) + " }";
    }

    private static Node topic(Topic topic) {
        return new MappingNode(Tag.MAP, List.of(tuple("id", flowText(topic.id())),
                tuple("title", flowText(topic.title()))), FlowStyle.FLOW);
    }

    private static Node question(Question q) {
        List<NodeTuple> fields = new ArrayList<>();
        fields.add(field("id", q.id(), QUESTION_FIELD));
        fields.add(field("topic", q.topic(), QUESTION_FIELD));
        fields.add(field("type", q.type().id(), QUESTION_FIELD));
        fields.add(field("prompt", q.prompt(), QUESTION_FIELD));
        q.key().yaml().forEach((key, value) -> fields.add(tuple(key, node(key, value, QUESTION_FIELD))));
        fields.add(field("explanation", q.explanation(), QUESTION_FIELD));
        if (!q.sources().isEmpty()) {
            fields.add(tuple("sources", textList(q.sources())));
        }
        if (q.critical()) {
            fields.add(tuple("critical", bool(true)));
        }
        if (!q.rules().isEmpty()) {
            fields.add(tuple("rules", new SequenceNode(Tag.SEQ, q.rules().stream().map(QuestionYaml::flowText).toList(),
                    FlowStyle.FLOW)));
        }
        if (!q.tags().isEmpty()) {
            fields.add(tuple("tags", new SequenceNode(Tag.SEQ, q.tags().stream().map(QuestionYaml::flowText).toList(),
                    FlowStyle.FLOW)));
        }
        return map(fields);
    }

    /**
     * An answer field from its plain data (see {@code AnswerKey.yaml()}): texts in the styles above, a list of
     * texts as a block list, a list of mappings (choices, pairs, ranges) as block mappings whose fields line up, a
     * mapping of scalars (a numerical range) in flow style, a mapping of lists (cloze gaps) with flow lists.
     */
    private static Node node(String key, Object value, int column) {
        if (value instanceof String text) {
            return text(key, text, column);
        }
        if (value instanceof Boolean b) {
            return bool(b);
        }
        if (value instanceof Number number) {
            return number(number);
        }
        if (value instanceof Map<?, ?> map) {
            boolean scalars = map.values().stream().noneMatch(v -> v instanceof List || v instanceof Map);
            List<NodeTuple> fields = new ArrayList<>();
            map.forEach((k, v) -> fields.add(tuple(k.toString(), v instanceof List<?> list
                    ? new SequenceNode(Tag.SEQ, list.stream().map(t -> flowText(t.toString())).toList(), FlowStyle.FLOW)
                    : scalars && v instanceof String t ? flowText(t) : node(k.toString(), v, column + 2))));
            return new MappingNode(Tag.MAP, fields, scalars && column == QUESTION_FIELD ? FlowStyle.FLOW : FlowStyle.BLOCK);
        }
        List<?> items = (List<?>) value;
        if (items.stream().allMatch(String.class::isInstance)) {
            return textList(items.stream().map(String.class::cast).toList());
        }
        return blockList(items.stream().map(item -> ((Map<?, ?>) item).entrySet().stream()
                .map(e -> tuple(e.getKey().toString(), node(e.getKey().toString(), e.getValue(), ITEM_FIELD))).toList())
                .map(fields -> (Node) map(fields)).toList());
    }

    private static ScalarNode number(Number number) {
        String text = number instanceof java.math.BigDecimal d ? d.stripTrailingZeros().toPlainString() : number.toString();
        return new ScalarNode(text.contains(".") ? Tag.FLOAT : Tag.INT, text, ScalarStyle.PLAIN);
    }

    private static NodeTuple field(String key, String value, int column) {
        return tuple(key, text(key, value, column));
    }

    /**
     * A text scalar. Plain is only a wish: the emitter quotes when plain would change the meaning. A text that
     * would not fit on its key's line asks for folded style and one with line breaks for literal style; when
     * the text has spaces at a line's edge or characters a block style cannot carry, the emitter quotes instead.
     *
     * @param column where the key starts in the usual layout, to tell whether the text fits on its line
     */
    private static ScalarNode text(String key, String value, int column) {
        ScalarStyle style = Yaml11.ambiguous(value) ? ScalarStyle.DOUBLE_QUOTED
                : value.indexOf('\n') >= 0 ? ScalarStyle.LITERAL
                : column + key.length() + 2 + value.length() > WIDTH ? ScalarStyle.FOLDED : ScalarStyle.PLAIN;
        return new ScalarNode(Tag.STR, value, style);
    }

    /** Texts as a block list; each item's "key" is the {@code "- "} in front of it. */
    private static SequenceNode textList(List<String> texts) {
        return blockList(texts.stream().map(t -> (Node) text("-", t, ITEM - 1)).toList());
    }

    /** A text inside a flow collection, where block styles are impossible. */
    private static Node flowText(String value) {
        return new ScalarNode(Tag.STR, value, Yaml11.ambiguous(value) ? ScalarStyle.DOUBLE_QUOTED
                : ScalarStyle.PLAIN);
    }

    private static ScalarNode bool(boolean value) {
        return new ScalarNode(Tag.BOOL, String.valueOf(value), ScalarStyle.PLAIN);
    }

    private static SequenceNode blockList(List<Node> items) {
        return new SequenceNode(Tag.SEQ, items, FlowStyle.BLOCK);
    }

    private static MappingNode map(List<NodeTuple> fields) {
        return new MappingNode(Tag.MAP, fields, FlowStyle.BLOCK);
    }

    private static NodeTuple tuple(String key, Node value) {
        return new NodeTuple(new ScalarNode(Tag.STR, key, ScalarStyle.PLAIN), value);
    }

    private static String dump(Node node, FlowStyle style) {
        DumpSettings settings = DumpSettings.builder()
                .setSchema(new CoreSchema()) // the loader's schema: decides what must be quoted
                .setDefaultFlowStyle(style)
                .setIndent(2)
                .setIndicatorIndent(2)
                .setIndentWithIndicator(true)
                .setWidth(style == FlowStyle.FLOW ? Integer.MAX_VALUE : WIDTH)
                .setSplitLines(style != FlowStyle.FLOW)
                .build();
        StringWriterStream out = new StringWriterStream();
        new Dump(settings).dumpNode(node, out);
        return out.toString();
    }

    /** The emitter writes to a {@link StreamDataWriter}; this one collects into a string. */
    private static final class StringWriterStream extends StringWriter implements StreamDataWriter {
    }
}
